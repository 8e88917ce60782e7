terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "artifact_bucket_id" {
  description = "Bucket created by the platform stack; its encryption is configured here."
  type        = string
}

resource "aws_kms_key" "artifacts" {
  description         = "Build artifact encryption"
  enable_key_rotation = true
}

# Split resource, joined by the bucket's id.
resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-build-artifacts"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.artifacts.arn
    }
    bucket_key_enabled = true
  }
}

# Split resource, joined by the bucket's name.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.artifacts.arn
    }
  }
}

# Legacy inline block (AWS provider v3 style).
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy-uploads"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.artifacts.arn
      }
    }
  }
}

# Unknown: a configuration for a bucket given by a variable without a
# default might be for this bucket, so nothing can be said about it.
resource "aws_s3_bucket" "imported" {
  bucket_prefix = "acme-imported-"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "platform" {
  bucket = var.artifact_bucket_id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
