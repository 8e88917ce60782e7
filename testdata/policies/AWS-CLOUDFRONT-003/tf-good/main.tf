terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "web_acl_arn" {
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

  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1234abcd-12ab-34cd-56ef-1234567890ab"

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

  web_acl_id = var.web_acl_arn

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
