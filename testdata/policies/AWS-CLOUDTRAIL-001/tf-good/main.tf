terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "all_regions" {
  type = bool
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}

# Unknown: a variable without a default.
resource "aws_cloudtrail" "configurable" {
  name                  = "configurable"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = var.all_regions
}
