terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "certificate_arn" {
  type = string
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = var.certificate_arn
  security_policy          = "TLS_1_0" # expect: AWS-APIGATEWAY-004

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
