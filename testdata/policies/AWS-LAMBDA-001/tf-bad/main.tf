terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_iam_policy_document" "assume_lambda" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "handler" {
  name               = "handler"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
}

# No tracing_config block: PassThrough.
resource "aws_lambda_function" "handler" { # expect: AWS-LAMBDA-001
  function_name = "handler"
  role          = aws_iam_role.handler.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "handler.zip"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.handler.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "worker.zip"

  tracing_config {
    mode = "PassThrough" # expect: AWS-LAMBDA-001
  }
}
