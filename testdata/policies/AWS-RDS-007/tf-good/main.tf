terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "iam_auth" {
  description = "Set per environment."
  type        = bool
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  iam_database_authentication_enabled = true
}

# Unknown: a variable without a default.
resource "aws_rds_cluster" "tuned" {
  cluster_identifier          = "tuned"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  iam_database_authentication_enabled = var.iam_auth
}
