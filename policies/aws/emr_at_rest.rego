# METADATA
# title: EMR security configuration does not encrypt data at rest
# description: >-
#   A cluster's data in S3 (EMRFS) and on its nodes' disks is encrypted only when the
#   security configuration it names enables at-rest encryption; it is off unless enabled.
# custom:
#   id: AWS-EMR-001
#   severity: high
#   input: aws
#   remediation: |
#     Enable at-rest encryption, for S3 and for local disks.
#
#     CloudFormation:
#     ```yaml
#     SecurityConfiguration:
#       EncryptionConfiguration:
#         EnableAtRestEncryption: true
#         EnableInTransitEncryption: true
#         AtRestEncryptionConfiguration:
#           S3EncryptionConfiguration:
#             EncryptionMode: SSE-KMS
#             AwsKmsKey: !Ref EmrKey
#           LocalDiskEncryptionConfiguration:
#             EncryptionKeyProviderType: AwsKms
#             AwsKmsKey: !Ref EmrKey
#         InTransitEncryptionConfiguration:
#           TLSCertificateConfiguration:
#             CertificateProviderType: PEM
#             S3Object: s3://emr-certificates/certs.zip
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_emr_security_configuration" "encrypted" {
#       name = "encrypted"
#       configuration = jsonencode({
#         EncryptionConfiguration = {
#           EnableAtRestEncryption    = true
#           EnableInTransitEncryption = true
#           AtRestEncryptionConfiguration = {
#             S3EncryptionConfiguration        = { EncryptionMode = "SSE-KMS", AwsKmsKey = aws_kms_key.emr.arn }
#             LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = aws_kms_key.emr.arn }
#           }
#           InTransitEncryptionConfiguration = {
#             TLSCertificateConfiguration = { CertificateProviderType = "PEM", S3Object = "s3://emr-certificates/certs.zip" }
#           }
#         }
#       })
#     }
#     ```
#   frameworks: ["aws-fsbp EMR.3", "nist-800-53 SC-28", "nist-800-53 SC-28(1)"]
#   aliases: ["AVD-AWS-0137"]
package shipgate.aws.emr_at_rest

import data.shipgate.lib

deny contains lib.result(msg, c, c.at_rest_encryption) if {
	some c in input.aws.emr.security_configurations
	lib.is_false(c.at_rest_encryption)
	msg := sprintf("EMR security configuration %q does not encrypt data at rest (%s); set it to true with S3 and local disk encryption", [c.resource, c.at_rest_encryption.key])
}
