terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "ledger_copy" {
  cluster_identifier          = "ledger_copy"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  auto_minor_version_upgrade = false # expect: AWS-RDS-015
}
