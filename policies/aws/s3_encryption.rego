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
#     Add BucketEncryption to the bucket:
#     ```yaml
#     BucketEncryption:
#       ServerSideEncryptionConfiguration:
#         - ServerSideEncryptionByDefault:
#             SSEAlgorithm: aws:kms
#     ```
#     In Terraform, add an aws_s3_bucket_server_side_encryption_configuration.
#   frameworks: ["AWS-FSBP S3.4", "DevOps: data protection"]
#   aliases: ["CKV_AWS_19", "AVD-AWS-0088"]
package shipgate.aws.s3_encryption

import data.shipgate.lib

deny contains lib.result(msg, b, b.encryption.enabled) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.encryption.enabled)
	msg := sprintf("bucket %q has no server-side encryption; add BucketEncryption with SSEAlgorithm aws:kms or AES256", [b.resource])
}
