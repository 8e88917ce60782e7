terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "log_bucket" {
  description = "Name of the organisation's access-log bucket."
  type        = string
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}

resource "aws_s3_bucket_logging" "assets" {
  bucket        = aws_s3_bucket.assets.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "assets/"
}

# Legacy inline logging block (AWS provider v3 style).
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
  logging {
    target_bucket = aws_s3_bucket.access_logs.id
    target_prefix = "reports/"
  }
}

# Unknown: logs go to a bucket named by a variable without a default, which
# might be any bucket of this configuration.
resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_logging" "exports" {
  bucket        = aws_s3_bucket.exports.id
  target_bucket = var.log_bucket
}

variable "uploads_bucket_name" {
  type = string
}

# Unknown: its name is a variable, and exports' logs go to a bucket named by
# another variable, which may be this one.
resource "aws_s3_bucket" "uploads" {
  bucket = var.uploads_bucket_name
}
