# METADATA
# title: DocumentDB cluster is not encrypted at rest
# description: >-
#   An unencrypted cluster stores its data, indexes, automated backups and snapshots in
#   plain text. DocumentDB creates clusters unencrypted unless StorageEncrypted is true,
#   and it cannot be turned on later. Restored clusters and members of a global cluster
#   take their source's setting and are not reported.
# custom:
#   id: AWS-DOCDB-001
#   severity: high
#   input: aws
#   remediation: |
#     Create the cluster encrypted, optionally with a customer managed key.
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
#   frameworks: ["aws-fsbp DocumentDB.1", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0021", "CKV_AWS_74"]
package shipgate.aws.docdb_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.storage_encrypted) if {
	some x in input.aws.docdb.clusters
	lib.is_false(x.storage_encrypted)
	msg := sprintf("DocumentDB cluster %q is not encrypted at rest%s; set %s to true", [x.resource, lib.value_origin(x.storage_encrypted), x.storage_encrypted.key])
}
