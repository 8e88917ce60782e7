terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "rotation_days" {
  type = number
}

resource "aws_secretsmanager_secret" "db" {
  name = "app/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-db"
  rotation_rules {
    automatically_after_days = 30
  }
}

# Unknown: a variable without a default.
resource "aws_secretsmanager_secret" "api" {
  name = "app/api"
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = aws_secretsmanager_secret.api.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-api"
  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}
