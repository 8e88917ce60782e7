terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "data_resources" {
  description = "What the data trail logs, set per account."
  type        = list(string)
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

resource "aws_cloudtrail" "management" {
  name           = "management"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "data" {
  name           = "data"
  s3_bucket_name = aws_s3_bucket.trail.id

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.trail.arn}/"]
    }
  }
}
