# METADATA
# title: DocumentDB cluster is not encrypted with a customer managed key
# description: >-
#   An encrypted cluster without a key of its own uses the AWS managed aws/rds key, whose
#   use cannot be limited by a key policy or revoked independently of the cluster. A
#   customer managed key puts access to the data and its snapshots under your control.
# custom:
#   id: AWS-DOCDB-003
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the cluster with a customer managed KMS key (it can only be chosen at
#     creation).
#
#     CloudFormation:
#     ```yaml
#     StorageEncrypted: true
#     KmsKeyId: !Ref CatalogKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_docdb_cluster" "catalog" {
#       # ...
#       storage_encrypted = true
#       kms_key_id        = aws_kms_key.catalog.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "devops hardening"]
#   aliases: ["AVD-AWS-0022", "CKV_AWS_182"]
package shipgate.aws.docdb_cmk

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.kms_key) if {
	some cluster in input.aws.docdb.clusters
	lib.is_true(cluster.storage_encrypted)
	lib.is_null(cluster.kms_key)
	msg := sprintf("DocumentDB cluster %q is encrypted with the AWS managed key; set %s to a customer managed key", [cluster.resource, cluster.kms_key.key])
}
