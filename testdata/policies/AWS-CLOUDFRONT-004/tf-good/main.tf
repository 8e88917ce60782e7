terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "log_bucket" {
  type = string
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    origin_id   = "site"
    domain_name = "example-site.s3.eu-west-1.amazonaws.com"
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  logging_config {
    bucket = "example-cdn-logs.s3.amazonaws.com"
    prefix = "site/"
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# Unknown: a variable without a default.
resource "aws_cloudfront_distribution" "chosen" {
  enabled = true

  origin {
    origin_id   = "site"
    domain_name = "example-site.s3.eu-west-1.amazonaws.com"
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  dynamic "logging_config" {
    for_each = var.log_bucket == "" ? [] : [var.log_bucket]
    content {
      bucket = logging_config.value
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
