terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "rotated_secret_id" {
  type = string
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

# Unknown: a rotation whose secret is a variable without a default may
# rotate this one.
resource "aws_secretsmanager_secret" "api" {
  name = "app/api"
}

resource "aws_secretsmanager_secret_rotation" "shared" {
  secret_id           = var.rotated_secret_id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
