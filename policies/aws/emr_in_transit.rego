# METADATA
# title: EMR security configuration does not encrypt data in transit
# description: >-
#   Without in-transit encryption the traffic between a cluster's nodes and its
#   applications (shuffle data, HDFS blocks, Spark and Presto traffic) crosses the network
#   in plain text. It is off unless the security configuration enables it with a TLS
#   certificate provider.
# custom:
#   id: AWS-EMR-002
#   severity: medium
#   input: aws
#   remediation: |
#     Enable in-transit encryption with a TLS certificate provider.
#
#     CloudFormation:
#     ```yaml
#     SecurityConfiguration:
#       EncryptionConfiguration:
#         EnableInTransitEncryption: true
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
#           EnableInTransitEncryption = true
#           InTransitEncryptionConfiguration = {
#             TLSCertificateConfiguration = { CertificateProviderType = "PEM", S3Object = "s3://emr-certificates/certs.zip" }
#           }
#         }
#       })
#     }
#     ```
#   frameworks: ["aws-fsbp EMR.4", "nist-800-53 SC-8", "nist-800-53 SC-8(1)"]
#   aliases: ["AVD-AWS-0138"]
package shipgate.aws.emr_in_transit

import data.shipgate.lib

deny contains lib.result(msg, c, c.in_transit_encryption) if {
	some c in input.aws.emr.security_configurations
	lib.is_false(c.in_transit_encryption)
	msg := sprintf("EMR security configuration %q does not encrypt data in transit (%s); set it to true with a TLS certificate provider", [c.resource, c.in_transit_encryption.key])
}
