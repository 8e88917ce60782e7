# METADATA
# title: S3 bucket is not encrypted with a customer managed KMS key
# description: >-
#   S3 encrypts every new object at rest, with S3-managed keys (SSE-S3) when the bucket
#   declares nothing, since 5 January 2023. Those keys, and the AWS managed aws/s3 KMS
#   key, cannot be restricted by a key policy you write, so anyone the bucket policy or
#   IAM lets read an object can decrypt it. A customer managed KMS key adds a second,
#   separately audited permission (kms:Decrypt) in front of the data, lets you revoke
#   access by disabling the key, and records every use in CloudTrail. Worth it for
#   buckets that hold sensitive or regulated data; low severity because the data is
#   encrypted either way.
# custom:
#   id: AWS-S3-001
#   severity: low
#   input: aws
#   remediation: |
#     Set the bucket's default encryption to SSE-KMS with a customer managed key (and an
#     S3 Bucket Key to keep KMS request costs down).
#
#     CloudFormation:
#     ```yaml
#     BucketEncryption:
#       ServerSideEncryptionConfiguration:
#         - ServerSideEncryptionByDefault:
#             SSEAlgorithm: aws:kms
#             KMSMasterKeyID: !GetAtt BucketKey.Arn
#           BucketKeyEnabled: true
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
#         bucket_key_enabled = true
#       }
#     }
#     ```
#   frameworks: ["aws-control-tower CT.S3.PR.10", "nist-800-53 SC-12", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["CKV_AWS_145", "AVD-AWS-0132", "W41", "S3_DEFAULT_ENCRYPTION_KMS", "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"]
package shipgate.aws.s3_encryption

import data.shipgate.lib

# SSE-S3: written, or the default of a bucket that declares no encryption.
deny contains lib.result(msg, b, b.encryption.algorithm) if {
	some b in input.aws.s3.buckets
	lib.has_value(b.encryption.algorithm, "AES256")
	msg := sprintf("bucket %q is encrypted with S3-managed keys (SSE-S3%s), which no key policy of yours controls; set %s to aws:kms with a customer managed KMS key", [b.resource, sse_s3_note(b.encryption.algorithm), b.encryption.algorithm.key])
}

# SSE-KMS with the AWS managed key: no key given, or aws/s3 named.
deny contains lib.result(msg, b, b.encryption.kms_key) if {
	some b in input.aws.s3.buckets
	startswith(lib.string_value(b.encryption.algorithm), "aws:kms")
	aws_managed_key(b.encryption.kms_key)
	msg := sprintf("bucket %q is encrypted with the AWS managed key aws/s3, whose key policy you cannot change; set %s to a customer managed KMS key", [b.resource, b.encryption.kms_key.key])
}

sse_s3_note(a) := ", the default since January 2023" if lib.missing(a)

sse_s3_note(a) := "" if lib.written(a)

aws_managed_key(k) if lib.is_null(k)

aws_managed_key(k) if {
	key := lib.string_value(k)
	regex.match(`(^|:)alias/aws/s3$`, key)
}
