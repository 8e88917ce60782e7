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

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
  iam_database_authentication_enabled = true
}

# Unknown: a variable without a default.
resource "aws_neptune_cluster" "graph_tuned" {
  cluster_identifier = "graph-tuned"
  engine             = "neptune"
  storage_encrypted  = true
  iam_database_authentication_enabled = var.setting
}
