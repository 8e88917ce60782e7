terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "logging" {
  type = bool
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

# enable_logging not set: true.
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# Unknown: a variable without a default.
resource "aws_cloudtrail" "configurable" {
  name           = "configurable"
  s3_bucket_name = aws_s3_bucket.trail.id
  enable_logging = var.logging
}
