terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_docdb_cluster" "catalog" { # expect: AWS-DOCDB-001
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_docdb_cluster" "catalog_copy" {
  cluster_identifier          = "catalog-copy"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted = false # expect: AWS-DOCDB-001
}
