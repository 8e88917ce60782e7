terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "parameter_type" {
  type = string
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/app/db/password"
  type  = "SecureString"
  value = var.db_password
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/app/db/host"
  type  = "String"
  value = "db.internal"
}

# Unknown: the type is a variable without a default.
resource "aws_ssm_parameter" "api_token" {
  name  = "/app/api_token"
  type  = var.parameter_type
  value = var.db_password
}
