terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "audit" {
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
}

resource "aws_redshift_logging" "warehouse" {
  cluster_identifier   = aws_redshift_cluster.warehouse.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}

# Unknown: a variable without a default.
resource "aws_redshift_cluster" "archive" {
  cluster_identifier     = "archive"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true

  logging {
    enable = var.audit
  }
}
