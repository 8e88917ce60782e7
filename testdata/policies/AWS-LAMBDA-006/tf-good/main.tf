terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "invoker" {
  description = "Account allowed to invoke the function."
  type        = string
}

variable "org_id" {
  type = string
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"
}

resource "aws_lambda_permission" "account" {
  function_name = aws_lambda_function.handler.function_name
  action        = "lambda:InvokeFunction"
  principal     = "123456789012"
}

# Unknown: variables without a default.
resource "aws_lambda_permission" "configured" {
  function_name = aws_lambda_function.handler.function_name
  action        = "lambda:InvokeFunction"
  principal     = var.invoker
}

resource "aws_lambda_permission" "org" {
  function_name    = aws_lambda_function.handler.function_name
  action           = "lambda:InvokeFunction"
  principal        = "*"
  principal_org_id = var.org_id
}
