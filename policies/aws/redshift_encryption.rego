# METADATA
# title: Redshift cluster is not encrypted
# description: >-
#   An unencrypted cluster stores its data blocks, system metadata and snapshots in plain
#   text. Redshift encrypts new clusters by default since January 2025, so only a cluster
#   that turns encryption off explicitly is reported.
# custom:
#   id: AWS-REDSHIFT-001
#   severity: high
#   input: aws
#   remediation: |
#     Leave encryption on, optionally with a customer managed key.
#
#     CloudFormation:
#     ```yaml
#     Encrypted: true
#     KmsKeyId: !Ref WarehouseKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       encrypted  = true
#       kms_key_id = aws_kms_key.warehouse.arn
#     }
#     ```
#   frameworks: ["aws-fsbp Redshift.10", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["CKV_AWS_64"]
package shipgate.aws.redshift_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.encrypted) if {
	some x in input.aws.redshift.clusters
	lib.is_false(x.encrypted)
	msg := sprintf("Redshift cluster %q is not encrypted%s; set %s to true", [x.resource, lib.value_origin(x.encrypted), x.encrypted.key])
}
