# METADATA
# title: ElastiCache replication group accepts unencrypted connections
# description: >-
#   Without in-transit encryption, clients and replicas talk to the cache in plain text,
#   so anyone who can observe the network traffic reads the cached data and any AUTH token
#   sent with it. Redis OSS replication groups are created without TLS unless
#   TransitEncryptionEnabled is true.
# custom:
#   id: AWS-ELASTICACHE-002
#   severity: high
#   input: aws
#   remediation: |
#     Enable in-transit encryption (TLS) and connect with TLS clients.
#
#     CloudFormation:
#     ```yaml
#     TransitEncryptionEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_elasticache_replication_group" "sessions" {
#       # ...
#       transit_encryption_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp ElastiCache.5", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["AVD-AWS-0051", "CKV_AWS_30"]
package shipgate.aws.elasticache_transit_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.transit_encryption) if {
	some x in input.aws.elasticache.replication_groups
	lib.is_false(x.transit_encryption)
	msg := sprintf("replication group %q accepts unencrypted connections%s; set %s to true when the group is created", [x.resource, lib.value_origin(x.transit_encryption), x.transit_encryption.key])
}
