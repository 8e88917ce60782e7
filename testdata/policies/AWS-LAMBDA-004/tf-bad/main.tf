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
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"

  environment {
    variables = {
      LOG_LEVEL         = "info"
      AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7ABCDEFG" # expect: AWS-LAMBDA-004
    }
  }
}
