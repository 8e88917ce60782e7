terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "worker_actions" {
  type = list(string)
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
        Principal = { AWS = "arn:aws:iam::111122223333:role/producer" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.jobs.arn
      },
      {
        # Unknown: a variable without a default.
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/worker" }
        Action    = var.worker_actions
        Resource  = aws_sqs_queue.jobs.arn
      },
    ]
  })
}
