terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "ledger" { # expect: AWS-RDS-007
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "audit" {
  cluster_identifier          = "audit"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  iam_database_authentication_enabled = false # expect: AWS-RDS-007
}
