terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# retention_in_days not set: the events never expire.
resource "aws_cloudwatch_log_group" "api" { # expect: AWS-LOGS-001
  name = "/app/api"
}

# 0 means never expire too.
resource "aws_cloudwatch_log_group" "worker" {
  name              = "/app/worker"
  retention_in_days = 0 # expect: AWS-LOGS-001
}

# One log group per function.
resource "aws_cloudwatch_log_group" "functions" { # expect: AWS-LOGS-001, AWS-LOGS-001
  count = 2
  name  = "/aws/lambda/handler-${count.index}"
}
