terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_docdb_cluster" "catalog" { # expect: AWS-DOCDB-003
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted = true
}
