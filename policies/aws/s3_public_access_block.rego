# METADATA
# title: S3 bucket turns off a Block Public Access setting
# description: >-
#   The bucket-level public access block is the guard rail that stops a later ACL or
#   bucket policy from exposing the data to the internet. S3 turns all four settings on
#   for every new bucket since April 2023; a template that declares the block but sets
#   a setting to false (or leaves it out, which the S3 API and the Terraform provider
#   read as false) reopens one path to public access. A bucket that does not declare
#   the block at all keeps the defaults: AWS-S3-006 advises declaring them.
# custom:
#   id: AWS-S3-002
#   severity: high
#   input: aws
#   remediation: |
#     Set all four settings of the public access block to true. A bucket that must serve
#     public content belongs behind CloudFront with an origin access control instead.
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
#   frameworks: ["aws-fsbp S3.8", "nist-800-53 AC-3", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091", "AVD-AWS-0093", "AVD-AWS-0094", "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED"]
package shipgate.aws.s3_public_access_block

import data.shipgate.lib

# settings are the four settings of the block; messages name each by the
# key its format reads it from.
settings := {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

# A setting that is known to be off. Without a block every setting is on
# (the AWS default since April 2023), so only a declared block, or one that
# might be declared, can turn one off.
deny contains lib.result(msg, b, attr) if {
	some b in input.aws.s3.buckets
	some setting in settings
	attr := b.public_access_block[setting]
	lib.is_false(attr)
	msg := sprintf("bucket %q turns off Block Public Access setting %s%s; set it to true", [b.resource, attr.key, omitted(attr)])
}

omitted(attr) := " (left out of the block, which makes it false)" if lib.missing(attr)

omitted(attr) := "" if not lib.missing(attr)
