terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "url_auth" {
  description = "AWS_IAM, or NONE for the public demo."
  type        = string
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"
}

resource "aws_lambda_function_url" "handler" {
  function_name      = aws_lambda_function.handler.function_name
  authorization_type = "AWS_IAM"
}

# Unknown: a variable without a default.
resource "aws_lambda_function_url" "demo" {
  function_name      = aws_lambda_function.handler.function_name
  qualifier          = "demo"
  authorization_type = var.url_auth
}
