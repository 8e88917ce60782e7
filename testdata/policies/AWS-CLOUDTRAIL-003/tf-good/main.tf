terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "key_arn" {
  type = string
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

resource "aws_kms_key" "trail" {
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}

# Unknown: a variable without a default.
resource "aws_cloudtrail" "configurable" {
  name           = "configurable"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = var.key_arn
}
