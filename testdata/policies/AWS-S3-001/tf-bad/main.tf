terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Split resources (AWS provider v4+): versioning and public access block,
# but no aws_s3_bucket_server_side_encryption_configuration.
resource "aws_s3_bucket" "artifacts" { # expect: AWS-S3-001
  bucket = "acme-build-artifacts"
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The encryption configuration is for another bucket: it does not cover
# this one.
resource "aws_s3_bucket" "reports" { # expect: AWS-S3-001
  bucket = "acme-reports"
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "exports" {
  bucket = aws_s3_bucket.exports.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # expect: AWS-S3-001
    }
  }
}

# One bucket per environment, none encrypted.
resource "aws_s3_bucket" "cache" { # expect: AWS-S3-001, AWS-S3-001
  for_each = toset(["staging", "production"])
  bucket   = "acme-cache-${each.key}"
}
