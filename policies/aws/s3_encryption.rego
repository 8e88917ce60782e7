# METADATA
# title: S3 bucket has no server-side encryption
# description: >-
#   A bucket without a default encryption configuration leaves the choice of key to
#   whoever writes objects. AWS applies SSE-S3 to new objects since January 2023, but
#   declaring the configuration documents it and lets you use a KMS key whose policy
#   you control and whose use CloudTrail records.
# custom:
#   id: AWS-S3-001
#   severity: medium
#   input: aws
#   remediation: |
#     Declare default encryption, preferably with a KMS key you control.
#
#     CloudFormation:
#     ```yaml
#     BucketEncryption:
#       ServerSideEncryptionConfiguration:
#         - ServerSideEncryptionByDefault:
#             SSEAlgorithm: aws:kms
#             KMSMasterKeyID: !Ref BucketKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
#       bucket = aws_s3_bucket.logs.id
#       rule {
#         apply_server_side_encryption_by_default {
#           sse_algorithm     = "aws:kms"
#           kms_master_key_id = aws_kms_key.logs.arn
#         }
#       }
#     }
#     ```
#   frameworks: ["AWS-FSBP S3.4", "DevOps: data protection"]
#   aliases: ["CKV_AWS_19", "AVD-AWS-0088"]
package shipgate.aws.s3_encryption

import data.shipgate.lib

deny contains lib.result(msg, b, b.encryption.enabled) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.encryption.enabled)
	msg := sprintf("bucket %q has no default server-side encryption; set %s to aws:kms or AES256", [b.resource, b.encryption.enabled.key])
}
