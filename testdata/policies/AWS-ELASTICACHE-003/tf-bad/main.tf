terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elasticache_replication_group" "sessions" { # expect: AWS-ELASTICACHE-003
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  num_cache_clusters   = 2
}

resource "aws_elasticache_cluster" "scores" {
  cluster_id      = "scores"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
  snapshot_retention_limit = 0 # expect: AWS-ELASTICACHE-003
}
