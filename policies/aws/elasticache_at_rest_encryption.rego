# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   Without encryption at rest, the cache's data on disk, its swap and its backups in S3
#   are unencrypted. Redis OSS replication groups are created unencrypted unless
#   AtRestEncryptionEnabled is true, and it cannot be changed later; Valkey groups are
#   encrypted by default.
# custom:
#   id: AWS-ELASTICACHE-001
#   severity: high
#   input: aws
#   remediation: |
#     Create the replication group with encryption at rest, optionally with a customer
#     managed key.
#
#     CloudFormation:
#     ```yaml
#     AtRestEncryptionEnabled: true
#     KmsKeyId: !Ref CacheKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_elasticache_replication_group" "sessions" {
#       # ...
#       at_rest_encryption_enabled = true
#       kms_key_id                 = aws_kms_key.cache.arn
#     }
#     ```
#   frameworks: ["aws-fsbp ElastiCache.4", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0045", "CKV_AWS_29"]
package shipgate.aws.elasticache_at_rest_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.at_rest_encryption) if {
	some x in input.aws.elasticache.replication_groups
	lib.is_false(x.at_rest_encryption)
	msg := sprintf("replication group %q is not encrypted at rest%s; set %s to true when the group is created", [x.resource, lib.value_origin(x.at_rest_encryption), x.at_rest_encryption.key])
}
