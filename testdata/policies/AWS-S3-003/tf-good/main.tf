terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "versioning_status" {
  description = "Enabled in production, chosen per workspace."
  type        = string
}

resource "aws_s3_bucket" "backups" {
  bucket = "acme-db-backups"
}

resource "aws_s3_bucket_versioning" "backups" {
  bucket = aws_s3_bucket.backups.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Legacy inline block (AWS provider v3 style).
resource "aws_s3_bucket" "documents" {
  bucket = "acme-documents"

  versioning {
    enabled = true
  }
}

# Unknown: the status comes from a variable without a default.
resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_versioning" "exports" {
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {
    status = var.versioning_status
  }
}
