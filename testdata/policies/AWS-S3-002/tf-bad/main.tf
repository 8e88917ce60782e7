terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No aws_s3_bucket_public_access_block at all: S3 turns every setting on
# for new buckets, so this is AWS-S3-006's advisory, not this rule.
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-user-uploads"
}

# A block that leaves two kinds of public access open: one set to false,
# one not set (the provider's default is false).
resource "aws_s3_bucket" "assets" {
  bucket = "acme-static-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" { # expect: AWS-S3-002
  bucket              = aws_s3_bucket.assets.id
  block_public_acls   = true
  block_public_policy = false # expect: AWS-S3-002
  ignore_public_acls  = true
}
