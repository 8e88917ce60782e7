# METADATA
# title: Versioned S3 bucket does not require MFA to delete versions
# description: >-
#   With MFA delete, permanently deleting an object version or suspending versioning
#   needs the bucket owner's MFA code as well as credentials, so stolen keys or a
#   compromised pipeline cannot destroy the version history. It can only be turned on
#   by the root user through the API or CLI: CloudFormation cannot set it, and
#   Terraform only with the root user's MFA device (mfa argument). Because the fix is
#   usually outside the template, this rule is opt-in (shipgate scan --enable
#   AWS-S3-011), for accounts that follow CIS 2.1.2.
# custom:
#   id: AWS-S3-011
#   severity: low
#   input: aws
#   opt_in: true
#   remediation: |
#     As the root user, enable MFA delete on the versioned bucket:
#     `aws s3api put-bucket-versioning --bucket acme-records --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"`.
#
#     CloudFormation:
#     ```yaml
#     # not settable in CloudFormation: enable it with the CLI command above
#     VersioningConfiguration:
#       Status: Enabled
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_versioning" "records" {
#       bucket = aws_s3_bucket.records.id
#       mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
#       versioning_configuration {
#         status     = "Enabled"
#         mfa_delete = "Enabled"
#       }
#     }
#     ```
#   frameworks: ["cis-aws-3.0 2.1.2", "aws-fsbp S3.20", "devops resilience"]
#   aliases: ["AVD-AWS-0170"]
package shipgate.aws.s3_mfa_delete

import data.shipgate.lib

deny contains lib.result(msg, b, b.versioning.mfa_delete) if {
	some b in input.aws.s3.buckets
	lib.is_true(b.versioning.enabled)
	lib.is_false(b.versioning.mfa_delete)
	msg := sprintf("bucket %q is versioned but does not require MFA to delete versions (%s); have the root user enable MFA delete", [b.resource, b.versioning.mfa_delete.key])
}
