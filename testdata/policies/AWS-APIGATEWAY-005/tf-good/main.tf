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

variable "encrypt_cache" {
  type = bool
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = var.rest_api_id
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# Unknown: a variable without a default.
resource "aws_api_gateway_method_settings" "orders" {
  rest_api_id = var.rest_api_id
  stage_name  = "prod"
  method_path = "orders/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt_cache
  }
}
