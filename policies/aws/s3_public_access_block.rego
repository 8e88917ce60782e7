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
#     Add PublicAccessBlockConfiguration with all four settings true:
#     ```yaml
#     PublicAccessBlockConfiguration:
#       BlockPublicAcls: true
#       BlockPublicPolicy: true
#       IgnorePublicAcls: true
#       RestrictPublicBuckets: true
#     ```
#     In Terraform, add an aws_s3_bucket_public_access_block with the same four settings.
#   frameworks: ["AWS-FSBP S3.8", "DevOps: data protection"]
#   aliases: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091", "AVD-AWS-0093", "AVD-AWS-0094"]
package shipgate.aws.s3_public_access_block

import data.shipgate.lib

# settings maps the view's names to the CloudFormation property names used
# in messages.
settings := {
	"block_public_acls": "BlockPublicAcls",
	"block_public_policy": "BlockPublicPolicy",
	"ignore_public_acls": "IgnorePublicAcls",
	"restrict_public_buckets": "RestrictPublicBuckets",
}

# No block at all: one finding for the bucket rather than four.
deny contains lib.result(msg, b, b.public_access_block.present) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.public_access_block.present)
	msg := sprintf("bucket %q has no public access block; add PublicAccessBlockConfiguration with all four settings true", [b.resource])
}

# A block that exists (or might) with a setting that is known to be off.
deny contains lib.result(msg, b, attr) if {
	some b in input.aws.s3.buckets
	not lib.is_false(b.public_access_block.present)
	some key, name in settings
	attr := b.public_access_block[key]
	lib.is_false(attr)
	msg := sprintf("bucket %q does not set %s to true; set all four PublicAccessBlockConfiguration settings to true", [b.resource, name])
}
