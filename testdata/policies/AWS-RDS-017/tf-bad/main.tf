terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "ledger" { # expect: AWS-RDS-017
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "ledger_copy" {
  cluster_identifier          = "ledger_copy"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  copy_tags_to_snapshot = false # expect: AWS-RDS-017
}
