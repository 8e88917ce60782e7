terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# kms_master_key_id not set: no server-side encryption.
resource "aws_sns_topic" "alerts" { # expect: AWS-SNS-001
  name = "alerts"
}
