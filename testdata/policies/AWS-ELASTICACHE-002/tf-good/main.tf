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

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  num_cache_clusters   = 2
  transit_encryption_enabled = true
}

# Unknown: a variable without a default.
resource "aws_elasticache_replication_group" "sessions_tuned" {
  replication_group_id = "sessions-tuned"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  num_cache_clusters   = 2
  transit_encryption_enabled = var.setting
}
