# METADATA
# title: S3 bucket does not block public access
# description: >-
#   The bucket-level public access block is the guard rail that stops a later ACL or
#   bucket policy from exposing the data to the internet. All four settings must be
#   true; a setting left false reopens one path to public access. New buckets get the
#   block by default since April 2023, but a template that declares it keeps it in
#   place when someone edits the bucket later.
# custom:
#   id: AWS-S3-002
#   severity: high
#   input: aws
#   remediation: |
#     Declare the public access block with all four settings true.
#
#     CloudFormation:
#     ```yaml
#     PublicAccessBlockConfiguration:
#       BlockPublicAcls: true
#       BlockPublicPolicy: true
#       IgnorePublicAcls: true
#       RestrictPublicBuckets: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_public_access_block" "logs" {
#       bucket                  = aws_s3_bucket.logs.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
#     ```
#   frameworks: ["AWS-FSBP S3.8", "DevOps: data protection"]
#   aliases: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091", "AVD-AWS-0093", "AVD-AWS-0094"]
package shipgate.aws.s3_public_access_block

import data.shipgate.lib

# settings are the four settings of the block; messages name each by the
# key its format reads it from.
settings := {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

# No block at all: one finding for the bucket rather than four.
deny contains lib.result(msg, b, b.public_access_block.present) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.public_access_block.present)
	msg := sprintf("bucket %q has no public access block (%s); declare one with all four settings true", [b.resource, b.public_access_block.present.key])
}

# A block that exists (or might) with a setting that is known to be off.
deny contains lib.result(msg, b, attr) if {
	some b in input.aws.s3.buckets
	not lib.is_false(b.public_access_block.present)
	some setting in settings
	attr := b.public_access_block[setting]
	lib.is_false(attr)
	msg := sprintf("bucket %q does not set %s to true; block all four kinds of public access", [b.resource, attr.key])
}
