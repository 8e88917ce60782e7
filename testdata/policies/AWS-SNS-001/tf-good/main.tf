terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "key_id" {
  type = string
}

resource "aws_kms_key" "topics" {
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.topics.id
}

# Unknown: a variable without a default.
resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = var.key_id
}
