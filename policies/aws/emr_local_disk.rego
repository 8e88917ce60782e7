# METADATA
# title: EMR security configuration encrypts S3 data but not local disks
# description: >-
#   At-rest encryption in an EMR security configuration covers S3 (EMRFS) and local disks
#   separately: with only S3 encryption configured, the EBS and instance store volumes of
#   the nodes, which hold HDFS data, shuffle files and spills, stay unencrypted. A
#   configuration without at-rest encryption at all is reported by AWS-EMR-001 instead.
# custom:
#   id: AWS-EMR-003
#   severity: medium
#   input: aws
#   remediation: |
#     Add a local disk encryption configuration (KMS, or a custom key provider).
#
#     CloudFormation:
#     ```yaml
#     AtRestEncryptionConfiguration:
#       LocalDiskEncryptionConfiguration:
#         EncryptionKeyProviderType: AwsKms
#         AwsKmsKey: !Ref EmrKey
#         EnableEbsEncryption: true
#     ```
#
#     Terraform:
#     ```hcl
#     AtRestEncryptionConfiguration = {
#       LocalDiskEncryptionConfiguration = {
#         EncryptionKeyProviderType = "AwsKms"
#         AwsKmsKey                 = aws_kms_key.emr.arn
#         EnableEbsEncryption       = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp EMR.3", "nist-800-53 SC-28"]
#   aliases: ["AVD-AWS-0139"]
package shipgate.aws.emr_local_disk

import data.shipgate.lib

deny contains lib.result(msg, c, c.local_disk_encryption) if {
	some c in input.aws.emr.security_configurations
	lib.is_true(c.at_rest_encryption)
	lib.is_false(c.local_disk_encryption)
	msg := sprintf("EMR security configuration %q encrypts data at rest but not the nodes' local disks (no %s); add a local disk encryption configuration", [c.resource, c.local_disk_encryption.key])
}
