terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_redshift_cluster" "warehouse_copy" {
  cluster_identifier     = "warehouse_copy"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true
  publicly_accessible = true # expect: AWS-REDSHIFT-003
}
