terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_s3_bucket" "reports" {
  bucket = "acme.reports.prod" # expect: AWS-S3-009
}
