terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Split resource (AWS provider v4+).
resource "aws_s3_bucket" "downloads" {
  bucket = "acme-public-downloads"
}

resource "aws_s3_bucket_ownership_controls" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "downloads" {
  bucket     = aws_s3_bucket.downloads.id
  acl        = "public-read" # expect: AWS-S3-005
  depends_on = [aws_s3_bucket_ownership_controls.downloads]
}

# Legacy inline argument (AWS provider v3 style).
resource "aws_s3_bucket" "dropbox" {
  bucket = "acme-partner-dropbox"
  acl    = "public-read-write" # expect: AWS-S3-005
}

# Any authenticated AWS account is public too.
resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

resource "aws_s3_bucket_acl" "shared" {
  bucket = aws_s3_bucket.shared.bucket
  acl    = "authenticated-read" # expect: AWS-S3-005
}
