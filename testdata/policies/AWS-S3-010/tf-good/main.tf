terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "lock_releases" {
  type = bool
}

resource "aws_s3_bucket" "audit" {
  bucket              = "acme-audit"
  object_lock_enabled = true
}

# Legacy inline configuration (AWS provider v3 style).
resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
  }
}

# Unknown: a variable without a default.
resource "aws_s3_bucket" "releases" {
  bucket              = "acme-releases"
  object_lock_enabled = var.lock_releases
}
