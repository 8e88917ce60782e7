terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_docdb_cluster" "catalog" { # expect: AWS-DOCDB-005
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = 1 # expect: AWS-DOCDB-005
}
