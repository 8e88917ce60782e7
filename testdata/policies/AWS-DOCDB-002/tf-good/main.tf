terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "log_types" {
  description = "Set per environment."
  type        = list(string)
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
  enabled_cloudwatch_logs_exports = ["audit"]
}

# Unknown: a variable without a default.
resource "aws_docdb_cluster" "catalog_copy" {
  cluster_identifier          = "catalog-copy"
  master_username             = "app"
  manage_master_user_password = true
  enabled_cloudwatch_logs_exports = var.log_types
}
