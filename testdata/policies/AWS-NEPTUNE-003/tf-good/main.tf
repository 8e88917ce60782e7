terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "copy_key" {
  description = "Set per environment."
  type        = string
}

resource "aws_kms_key" "cluster" {
  enable_key_rotation = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
  storage_encrypted = true
  kms_key_arn = aws_kms_key.cluster.arn
}

# Unknown: a variable without a default.
resource "aws_neptune_cluster" "graph_copy" {
  cluster_identifier                  = "graph-copy"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
  storage_encrypted = true
  kms_key_arn = var.copy_key
}
