# METADATA
# title: Kinesis data stream is not encrypted at rest
# description: >-
#   Without server-side encryption, records are stored in the stream's shards unencrypted
#   for the whole retention period. A stream is encrypted only with StreamEncryption
#   (encryption_type KMS in Terraform).
# custom:
#   id: AWS-KINESIS-001
#   severity: high
#   input: aws
#   remediation: |
#     Encrypt the stream with KMS, with the AWS managed alias/aws/kinesis key or a
#     customer managed key.
#
#     CloudFormation:
#     ```yaml
#     StreamEncryption:
#       EncryptionType: KMS
#       KeyId: alias/aws/kinesis
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_kinesis_stream" "events" {
#       # ...
#       encryption_type = "KMS"
#       kms_key_id      = "alias/aws/kinesis"
#     }
#     ```
#   frameworks: ["aws-fsbp Kinesis.1", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0064", "CKV_AWS_43"]
package shipgate.aws.kinesis_encryption

import data.shipgate.lib

deny contains lib.result(msg, stream, stream.encryption_type) if {
	some stream in input.aws.kinesis.streams
	lib.has_value(stream.encryption_type, "NONE")
	msg := sprintf("stream %q is not encrypted at rest; set %s to KMS", [stream.resource, stream.encryption_type.key])
}
