terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

# enable_log_file_validation not set: off.
resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-002
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "unvalidated" {
  name                       = "unvalidated"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = false # expect: AWS-CLOUDTRAIL-002
}
