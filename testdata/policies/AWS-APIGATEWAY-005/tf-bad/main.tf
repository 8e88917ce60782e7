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

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = var.rest_api_id
  stage_name  = "prod"
  method_path = "*/*"

  settings { # expect: AWS-APIGATEWAY-005
    caching_enabled = true
    metrics_enabled = true
  }
}
