terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "key_arn" {
  description = "KMS key of the function's environment."
  type        = string
}

resource "aws_kms_key" "functions" {
  enable_key_rotation = true
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"
  kms_key_arn   = aws_kms_key.functions.arn

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}

# Unknown: a variable without a default.
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "worker.zip"
  kms_key_arn   = var.key_arn

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
