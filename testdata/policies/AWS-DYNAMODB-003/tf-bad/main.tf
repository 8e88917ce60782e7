terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_dax_cluster" "cache" { # expect: AWS-DYNAMODB-003
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 3
}

resource "aws_dax_cluster" "cache_copy" {
  cluster_name       = "cache_copy"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 3
  server_side_encryption {
    enabled = false # expect: AWS-DYNAMODB-003
  }
}
