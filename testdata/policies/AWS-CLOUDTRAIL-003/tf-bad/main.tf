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

# kms_key_id not set: SSE-S3 only.
resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-003
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}
