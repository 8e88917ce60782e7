terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No aws_s3_bucket_public_access_block: S3's defaults apply (all four settings
# on since April 2023), but the configuration does not say so.
resource "aws_s3_bucket" "cache" { # expect: AWS-S3-006
  bucket = "acme-build-cache"
}

# A block for another bucket does not cover this one.
resource "aws_s3_bucket" "reports" { # expect: AWS-S3-006
  bucket = "acme-reports"
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = aws_s3_bucket.exports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
