terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# storage_encrypted defaults to false.
resource "aws_db_instance" "billing" { # expect: AWS-RDS-001
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting"
  manage_master_user_password = true
  storage_encrypted           = false # expect: AWS-RDS-001
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = false # expect: AWS-RDS-001
}
