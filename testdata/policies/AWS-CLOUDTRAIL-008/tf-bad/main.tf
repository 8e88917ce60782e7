terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

# No event selector: management events only.
resource "aws_cloudtrail" "management" { # expect: AWS-CLOUDTRAIL-008
  name           = "management"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# S3 object events, but only those read-only advanced selectors leave out.
resource "aws_cloudtrail" "other_kind" {
  name           = "other-kind"
  s3_bucket_name = aws_s3_bucket.trail.id

  advanced_event_selector { # expect: AWS-CLOUDTRAIL-008
    name = "S3 objects, one kind"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}
