terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "secrets_key_arn" {
  type = string
}

resource "aws_kms_key" "secrets" {
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "app/db"
  kms_key_id = aws_kms_key.secrets.arn
}

# Unknown: a variable without a default.
resource "aws_secretsmanager_secret" "api" {
  name       = "app/api"
  kms_key_id = var.secrets_key_arn
}
