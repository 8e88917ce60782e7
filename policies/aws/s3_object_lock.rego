# METADATA
# title: S3 bucket does not have Object Lock enabled
# description: >-
#   Object Lock stores objects write-once-read-many: with a retention period or legal
#   hold, no one, including the account root user under compliance mode, can delete or
#   overwrite a locked version. It protects backups, audit logs and release artifacts
#   against ransomware and a compromised pipeline, and it can only be turned on when the
#   bucket is created. Most buckets do not need it, so this rule is opt-in: enable it
#   (shipgate scan --enable AWS-S3-010) for accounts whose buckets hold records that
#   must be immutable.
# custom:
#   id: AWS-S3-010
#   severity: low
#   input: aws
#   opt_in: true
#   remediation: |
#     Create the bucket with Object Lock enabled, and set a default retention.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::S3::Bucket
#     Properties:
#       ObjectLockEnabled: true
#       ObjectLockConfiguration:
#         ObjectLockEnabled: Enabled
#         Rule:
#           DefaultRetention:
#             Mode: GOVERNANCE
#             Days: 30
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket" "audit" {
#       bucket              = "acme-audit"
#       object_lock_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp S3.15", "devops resilience"]
#   aliases: ["CKV_AWS_143"]
package shipgate.aws.s3_object_lock

import data.shipgate.lib

deny contains lib.result(msg, b, b.object_lock_enabled) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.object_lock_enabled)
	msg := sprintf("bucket %q does not have Object Lock enabled (%s); create it with Object Lock to keep its objects immutable", [b.resource, b.object_lock_enabled.key])
}
