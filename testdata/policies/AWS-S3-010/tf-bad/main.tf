terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_s3_bucket" "audit" { # expect: AWS-S3-010
  bucket = "acme-audit"
}

resource "aws_s3_bucket" "releases" {
  bucket              = "acme-releases"
  object_lock_enabled = false # expect: AWS-S3-010
}
