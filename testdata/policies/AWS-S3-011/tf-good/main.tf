terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "root_mfa" {
  type = string
}

variable "mfa_delete" {
  type = string
}

resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
}

resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  mfa    = var.root_mfa
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

# Unknown: a variable without a default.
resource "aws_s3_bucket" "archive" {
  bucket = "acme-archive"
}

resource "aws_s3_bucket_versioning" "archive" {
  bucket = aws_s3_bucket.archive.id
  mfa    = var.root_mfa
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}
