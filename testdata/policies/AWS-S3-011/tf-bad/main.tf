terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
}

resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled" # expect: AWS-S3-011
  }
}
