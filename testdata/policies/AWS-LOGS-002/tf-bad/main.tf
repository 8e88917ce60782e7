terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# kms_key_id not set: the key CloudWatch Logs manages.
resource "aws_cloudwatch_log_group" "api" { # expect: AWS-LOGS-002
  name              = "/app/api"
  retention_in_days = 90
}
