terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No bucket policy at all.
resource "aws_s3_bucket" "logs" { # expect: AWS-S3-004
  bucket = "acme-access-logs"
}

# A policy document that grants read access but never denies plain HTTP.
resource "aws_s3_bucket" "assets" { # expect: AWS-S3-004
  bucket = "acme-static-assets"
}

data "aws_iam_policy_document" "assets" {
  statement {
    sid       = "CloudFrontRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
  }
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets.json
}

# A Deny on another condition is no TLS requirement.
resource "aws_s3_bucket" "reports" { # expect: AWS-S3-004
  bucket = "acme-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyOutsideVpce"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${aws_s3_bucket.reports.arn}/*"]
      Condition = {
        StringNotEquals = { "aws:sourceVpce" = "vpce-0a1b2c3d" }
      }
    }]
  })
}

# Legacy inline policy argument (AWS provider v3 style) without the Deny.
resource "aws_s3_bucket" "partner" { # expect: AWS-S3-004
  bucket = "acme-partner-exchange"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PartnerRead"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-partner-exchange/*"
    }]
  })
}
