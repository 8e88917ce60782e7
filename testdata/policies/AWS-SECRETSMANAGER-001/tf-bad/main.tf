terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_secretsmanager_secret" "db" { # expect: AWS-SECRETSMANAGER-001
  name = "app/db"
}
