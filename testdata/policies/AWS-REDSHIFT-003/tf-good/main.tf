terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "setting" {
  description = "Set per environment."
  type        = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true
  publicly_accessible = false
}

# Unknown: a variable without a default.
resource "aws_redshift_cluster" "warehouse_tuned" {
  cluster_identifier     = "warehouse_tuned"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true
  publicly_accessible = var.setting
}
