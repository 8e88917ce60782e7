terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "runtime" {
  description = "Runtime, chosen by the platform team."
  type        = string
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "handler.zip"
}

# Unknown: a variable without a default.
resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = var.runtime
  handler       = "app.Handler::handleRequest"
  filename      = "report.jar"
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/handler"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
}
