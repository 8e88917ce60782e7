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

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

# Unknown: a variable without a default.
resource "aws_rds_cluster" "tuned" {
  cluster_identifier          = "tuned"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  enabled_cloudwatch_logs_exports = var.log_types
}
