# METADATA
# title: Neptune cluster is not encrypted with a customer managed key
# description: >-
#   An encrypted cluster without a key of its own uses the AWS managed aws/rds key, whose
#   use cannot be limited by a key policy or revoked independently of the cluster. A
#   customer managed key puts access to the data and its snapshots under your control.
# custom:
#   id: AWS-NEPTUNE-003
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the cluster with a customer managed KMS key (it can only be chosen at
#     creation).
#
#     CloudFormation:
#     ```yaml
#     StorageEncrypted: true
#     KmsKeyId: !Ref GraphKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       storage_encrypted = true
#       kms_key_arn       = aws_kms_key.graph.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "devops hardening"]
#   aliases: ["AVD-AWS-0128"]
package shipgate.aws.neptune_cmk

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.kms_key) if {
	some cluster in input.aws.neptune.clusters
	lib.is_true(cluster.storage_encrypted)
	lib.is_null(cluster.kms_key)
	msg := sprintf("Neptune cluster %q is encrypted with the AWS managed key; set %s to a customer managed key", [cluster.resource, cluster.kms_key.key])
}
