terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # expect: AWS-SNS-002
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sns:Subscribe"
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}
