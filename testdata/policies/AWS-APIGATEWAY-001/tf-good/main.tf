terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "rest_api_id" {
  type = string
}

variable "deployment_id" {
  type = string
}

variable "http_api_id" {
  type = string
}

variable "log_group_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/aws/apigateway/access"
  retention_in_days = 365
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = var.rest_api_id
  deployment_id = var.deployment_id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = "$context.requestId $context.status"
  }
}

# Unknown: a variable without a default.
resource "aws_apigatewayv2_stage" "default" {
  api_id = var.http_api_id
  name   = "$default"

  access_log_settings {
    destination_arn = var.log_group_arn
    format          = "$context.requestId"
  }
}
