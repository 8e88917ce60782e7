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

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
  enable_cloudwatch_logs_exports = ["audit"]
}

# Unknown: a variable without a default.
resource "aws_neptune_cluster" "graph_copy" {
  cluster_identifier                  = "graph-copy"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
  enable_cloudwatch_logs_exports = var.log_types
}
