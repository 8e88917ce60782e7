terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "ledger" { # expect: AWS-RDS-011
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
  enabled_cloudwatch_logs_exports = [] # expect: AWS-RDS-011
}
