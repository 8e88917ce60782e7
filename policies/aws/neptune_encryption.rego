# METADATA
# title: Neptune cluster is not encrypted at rest
# description: >-
#   An unencrypted cluster stores its graph data, automated backups and snapshots in plain
#   text. Neptune creates clusters unencrypted unless StorageEncrypted is true through the
#   API, CloudFormation and Terraform, and it cannot be turned on later. Restored clusters
#   take their source's setting and are not reported.
# custom:
#   id: AWS-NEPTUNE-001
#   severity: high
#   input: aws
#   remediation: |
#     Create the cluster encrypted, optionally with a customer managed key.
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
#   frameworks: ["aws-fsbp Neptune.1", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0076", "CKV_AWS_44"]
package shipgate.aws.neptune_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.storage_encrypted) if {
	some x in input.aws.neptune.clusters
	lib.is_false(x.storage_encrypted)
	msg := sprintf("Neptune cluster %q is not encrypted at rest%s; set %s to true", [x.resource, lib.value_origin(x.storage_encrypted), x.storage_encrypted.key])
}
