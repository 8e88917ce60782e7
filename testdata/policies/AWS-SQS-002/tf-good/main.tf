terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "producer_arn" {
  type = string
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.jobs.arn
        Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }
      },
      {
        # Unknown: a variable without a default.
        Effect    = "Allow"
        Principal = { AWS = var.producer_arn }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.jobs.arn
      },
    ]
  })
}
