# METADATA
# title: ElastiCache (Valkey, Redis OSS) cache keeps no automatic backups
# description: >-
#   Without automatic backups, a cache that holds state (sessions, queues, leaderboards)
#   loses it for good when its nodes fail or the cluster is deleted. ElastiCache takes no
#   automatic snapshots unless SnapshotRetentionLimit is set. Memcached clusters cannot be
#   backed up and are not reported, nor are the nodes of a replication group, whose group
#   decides.
# custom:
#   id: AWS-ELASTICACHE-003
#   severity: medium
#   input: aws
#   remediation: |
#     Keep automatic backups for at least a day; longer for caches that hold data you
#     cannot rebuild.
#
#     CloudFormation:
#     ```yaml
#     SnapshotRetentionLimit: 7
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_elasticache_replication_group" "sessions" {
#       # ...
#       snapshot_retention_limit = 7
#     }
#     ```
#   frameworks: ["aws-fsbp ElastiCache.1", "nist-800-53 CP-9", "devops resilience"]
#   aliases: ["AVD-AWS-0050"]
package shipgate.aws.elasticache_backups

import data.shipgate.lib

deny contains lib.result(msg, group, group.snapshot_retention) if {
	some group in input.aws.elasticache.replication_groups
	lib.has_value(group.snapshot_retention, 0)
	msg := sprintf("replication group %q keeps no automatic backups; set %s to 1 day or more", [group.resource, group.snapshot_retention.key])
}

deny contains lib.result(msg, cluster, cluster.snapshot_retention) if {
	some cluster in input.aws.elasticache.clusters
	lib.is_null(cluster.replication_group)
	lib.lower_value(cluster.engine) in {"redis", "valkey"}
	not lib.has_value(cluster.node_type, "cache.t1.micro")
	lib.has_value(cluster.snapshot_retention, 0)
	msg := sprintf("cache cluster %q keeps no automatic backups; set %s to 1 day or more", [cluster.resource, cluster.snapshot_retention.key])
}
