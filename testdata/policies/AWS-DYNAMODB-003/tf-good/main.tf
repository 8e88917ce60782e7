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

resource "aws_dax_cluster" "cache" {
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 3
  server_side_encryption {
    enabled = true
  }
}

# Unknown: a variable without a default.
resource "aws_dax_cluster" "cache_tuned" {
  cluster_name       = "cache_tuned"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 3
  server_side_encryption {
    enabled = var.setting
  }
}
