terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "go1.x" # expect: AWS-LAMBDA-003
  handler       = "main"
  filename      = "handler.zip"
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "java11" # expect: AWS-LAMBDA-003
  handler       = "app.Handler::handleRequest"
  filename      = "report.jar"
}
