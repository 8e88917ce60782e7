terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "topic_arn" {
  description = "Topic that notifies the function."
  type        = string
}

resource "aws_sns_topic" "events" {
  name = "events"
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"
}

resource "aws_lambda_permission" "sns" {
  function_name = aws_lambda_function.handler.function_name
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.events.arn
}

# Unknown: a variable without a default.
resource "aws_lambda_permission" "other" {
  function_name = aws_lambda_function.handler.function_name
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
  source_arn    = var.topic_arn
}
