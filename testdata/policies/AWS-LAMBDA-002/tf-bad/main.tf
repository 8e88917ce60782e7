terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lambda_function" "worker" { # expect: AWS-LAMBDA-002
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "worker.zip"
}

resource "aws_lambda_function_event_invoke_config" "worker" {
  function_name          = aws_lambda_function.worker.function_name
  maximum_retry_attempts = 2
}

resource "aws_lambda_permission" "worker_sns" {
  function_name = aws_lambda_function.worker.function_name
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
  source_arn    = "arn:aws:sns:eu-west-1:123456789012:uploads"
}
