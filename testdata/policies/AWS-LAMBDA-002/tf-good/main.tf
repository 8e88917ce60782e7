terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "dlq_arn" {
  description = "Dead-letter queue, shared per environment."
  type        = string
}

resource "aws_sqs_queue" "failed" {
  name = "failed-events"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "worker.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.failed.arn
  }
}

resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "notifier.zip"
}

resource "aws_lambda_function_event_invoke_config" "notifier" {
  function_name = aws_lambda_function.notifier.function_name

  destination_config {
    on_failure {
      destination = aws_sqs_queue.failed.arn
    }
  }
}

# Unknown: a variable without a default.
resource "aws_lambda_function" "resizer" {
  function_name = "resizer"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "resizer.zip"

  dead_letter_config {
    target_arn = var.dlq_arn
  }
}

resource "aws_lambda_permission" "s3" {
  for_each      = toset(["worker", "notifier", "resizer"])
  function_name = each.key
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::uploads"
}
