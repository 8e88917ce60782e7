terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_neptune_cluster" "graph" { # expect: AWS-NEPTUNE-004
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "graph_copy" {
  cluster_identifier = "graph-copy"
  engine             = "neptune"
  storage_encrypted  = true
  deletion_protection = false # expect: AWS-NEPTUNE-004
}
