terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Split resource with versioning suspended.
resource "aws_s3_bucket" "backups" {
  bucket = "acme-db-backups"
}

resource "aws_s3_bucket_versioning" "backups" {
  bucket = aws_s3_bucket.backups.id
  versioning_configuration {
    status = "Suspended" # expect: AWS-S3-003
  }
}

# Legacy inline block (AWS provider v3 style) turned off.
resource "aws_s3_bucket" "documents" {
  bucket = "acme-documents"

  versioning {
    enabled = false # expect: AWS-S3-003
  }
}

# Neither a versioning resource nor an inline block.
resource "aws_s3_bucket" "exports" { # expect: AWS-S3-003
  bucket = "acme-exports"
}
