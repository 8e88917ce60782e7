terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_neptune_cluster" "graph" { # expect: AWS-NEPTUNE-002
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
}

resource "aws_neptune_cluster" "graph_copy" {
  cluster_identifier                  = "graph-copy"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
  enable_cloudwatch_logs_exports = ["slowquery"] # expect: AWS-NEPTUNE-002
}
