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

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection = true
}

# Unknown: a variable without a default.
resource "aws_docdb_cluster" "catalog_tuned" {
  cluster_identifier          = "catalog-tuned"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection = var.setting
}
