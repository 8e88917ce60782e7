terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "dropbox_acl" {
  description = "Canned ACL agreed with the partner."
  type        = string
}

data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket" "downloads" {
  bucket = "acme-downloads"
}

resource "aws_s3_bucket_acl" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  acl    = "private"
}

# Legacy inline argument.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
  acl    = "log-delivery-write"
}

# Grants instead of a canned ACL.
resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

resource "aws_s3_bucket_acl" "shared" {
  bucket = aws_s3_bucket.shared.id
  access_control_policy {
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# No ACL at all: the bucket is private.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

# Unknown: the ACL comes from a variable without a default.
resource "aws_s3_bucket" "dropbox" {
  bucket = "acme-partner-dropbox"
}

resource "aws_s3_bucket_acl" "dropbox" {
  bucket = aws_s3_bucket.dropbox.id
  acl    = var.dropbox_acl
}
