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

resource "aws_api_gateway_stage" "prod" { # expect: AWS-APIGATEWAY-001
  rest_api_id   = var.rest_api_id
  deployment_id = var.deployment_id
  stage_name    = "prod"
}

resource "aws_apigatewayv2_stage" "default" { # expect: AWS-APIGATEWAY-001
  api_id      = var.http_api_id
  name        = "$default"
  auto_deploy = true
}
