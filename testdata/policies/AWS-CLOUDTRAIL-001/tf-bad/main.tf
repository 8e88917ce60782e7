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

# is_multi_region_trail not set: this Region only.
resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-001
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "regional" {
  name                  = "regional"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = false # expect: AWS-CLOUDTRAIL-001
}
