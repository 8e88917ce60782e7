terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lambda_function" "handler" { # expect: AWS-LAMBDA-008
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
