# METADATA
# title: Redshift cluster is not encrypted with a customer managed key
# description: >-
#   Without a key of its own, an encrypted cluster uses a key AWS manages, whose use
#   cannot be limited by your key policy, audited as your key or revoked to cut off access
#   to the data and its snapshots. Restored clusters take their source's key and are not
#   reported.
# custom:
#   id: AWS-REDSHIFT-002
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the cluster with a customer managed KMS key.
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
#   frameworks: ["nist-800-53 SC-12", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0084", "CKV_AWS_142"]
package shipgate.aws.redshift_cmk

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.kms_key) if {
	some cluster in input.aws.redshift.clusters
	lib.known(cluster.encrypted)
	not lib.is_false(cluster.encrypted)
	lib.is_null(cluster.kms_key)
	msg := sprintf("Redshift cluster %q is not encrypted with a customer managed key; set %s to one", [cluster.resource, cluster.kms_key.key])
}
