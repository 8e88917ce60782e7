terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elasticache_replication_group" "sessions" { # expect: AWS-ELASTICACHE-002
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "sessions_copy" {
  replication_group_id = "sessions-copy"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  num_cache_clusters   = 2
  transit_encryption_enabled = false # expect: AWS-ELASTICACHE-002
}
