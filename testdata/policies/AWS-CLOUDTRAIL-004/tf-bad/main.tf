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

# No cloud_watch_logs_group_arn: S3 only.
resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-004
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}
