terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "validate" {
  type = bool
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}

# Unknown: a variable without a default.
resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = var.validate
}
