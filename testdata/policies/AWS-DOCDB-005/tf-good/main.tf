terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "retention" {
  description = "Set per environment."
  type        = number
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
}

# Unknown: a variable without a default.
resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = var.retention
}
