terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "retention" {
  description = "Set per environment."
  type        = number
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  num_cache_clusters   = 2
  snapshot_retention_limit = 7
}

# A node of the group: the group decides.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-3"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

# Unknown: a variable without a default.
resource "aws_elasticache_cluster" "scores" {
  cluster_id      = "scores"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
  snapshot_retention_limit = var.retention
}
