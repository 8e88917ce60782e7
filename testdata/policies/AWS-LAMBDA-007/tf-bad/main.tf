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
}

resource "aws_lambda_permission" "sns" {
  statement_id  = "AllowSNS"
  function_name = aws_lambda_function.handler.function_name
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com" # expect: AWS-LAMBDA-007
}
