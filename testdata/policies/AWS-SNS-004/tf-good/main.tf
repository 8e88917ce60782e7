terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "protocol" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_subscription" "hook" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "https"
  endpoint  = "https://hooks.example.com/alerts"
}

# Unknown: a variable without a default.
resource "aws_sns_topic_subscription" "configurable" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = var.protocol
  endpoint  = "https://hooks.example.com/other"
}
