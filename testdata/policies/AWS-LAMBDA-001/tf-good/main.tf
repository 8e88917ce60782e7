terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "tracing_mode" {
  description = "X-Ray mode, chosen per environment."
  type        = string
}

variable "role_arn" {
  type = string
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = var.role_arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "handler.zip"

  tracing_config {
    mode = "Active"
  }
}

# Unknown: a variable without a default.
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = var.role_arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "worker.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}
