# METADATA
# title: S3 bucket does not declare its public access block
# description: >-
#   S3 turns all four Block Public Access settings on for every new bucket since April
#   2023, so a bucket without a PublicAccessBlockConfiguration is not public by default.
#   Declaring the block in the template keeps the settings under review: a later edit
#   that turns one off shows in the diff, and drift detection reports a change made
#   outside the template. An advisory; it never fails the gate.
# custom:
#   id: AWS-S3-006
#   severity: low
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
#   frameworks: ["aws-control-tower CT.S3.PR.1", "devops hardening"]
#   aliases: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED"]
package shipgate.aws.s3_public_access_block_declared

import data.shipgate.lib

warn contains lib.result(msg, b, b.public_access_block.present) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.public_access_block.present)
	msg := sprintf("bucket %q does not declare its public access block (%s); S3 turns all four settings on for new buckets, declare them true so the template keeps them on", [b.resource, b.public_access_block.present.key])
}
