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

resource "aws_api_gateway_stage" "prod" { # expect: AWS-APIGATEWAY-002
  rest_api_id   = var.rest_api_id
  deployment_id = var.deployment_id
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "test" {
  rest_api_id          = var.rest_api_id
  deployment_id        = var.deployment_id
  stage_name           = "test"
  xray_tracing_enabled = false # expect: AWS-APIGATEWAY-002
}
