# METADATA
# title: MSK cluster data is not encrypted with a customer managed key
# description: >-
#   MSK always encrypts its data volumes, by default with a key AWS manages, whose use
#   cannot be limited by your key policy, audited as your key or revoked. A customer
#   managed key puts access to the stored messages under your control.
# custom:
#   id: AWS-MSK-002
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the data volumes with a customer managed KMS key (it can only be chosen at
#     creation).
#
#     CloudFormation:
#     ```yaml
#     EncryptionInfo:
#       EncryptionAtRest:
#         DataVolumeKMSKeyId: !Ref EventsKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_msk_cluster" "events" {
#       # ...
#       encryption_info {
#         encryption_at_rest_kms_key_arn = aws_kms_key.events.arn
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "devops hardening"]
#   aliases: ["AVD-AWS-0179"]
package shipgate.aws.msk_cmk

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.kms_key) if {
	some cluster in input.aws.msk.clusters
	lib.is_null(cluster.kms_key)
	msg := sprintf("MSK cluster %q encrypts its data with a key AWS manages; set %s to a customer managed key", [cluster.resource, cluster.kms_key.key])
}
