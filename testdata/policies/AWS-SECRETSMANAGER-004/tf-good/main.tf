terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "api_key" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "app/db"
}

# Unknown: a variable without a default.
resource "aws_secretsmanager_secret" "api" {
  name = "app/api"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = var.api_key
}
