# METADATA
# title: IAM password policy allows passwords shorter than 14 characters
# description: >-
#   Short console passwords fall to guessing and credential stuffing. The account's
#   password policy (Terraform `aws_iam_account_password_policy`; CloudFormation has no
#   resource for it) should require at least 14 characters; when it leaves the length
#   out, IAM requires only 6.
# custom:
#   id: AWS-IAM-012
#   severity: medium
#   kinds: [terraform, terraform-plan]
#   remediation: |
#     Require passwords of 14 characters or more.
#
#     CloudFormation: not expressible (no resource for the account password policy);
#     set it with Terraform or `aws iam update-account-password-policy`.
#     ```yaml
#     # aws iam update-account-password-policy --minimum-password-length 14
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length = 14
#     }
#     ```
#   frameworks: ["cis-aws-3.0 1.8", "aws-fsbp IAM.15", "aws-fsbp IAM.7", "nist-800-53 IA-5(1)"]
#   aliases: ["AVD-AWS-0063", "CKV_AWS_10"]
package shipgate.aws.iam_password_length

import data.shipgate.lib

deny contains lib.result(msg, p, p.minimum_length) if {
	some p in input.aws.iam.password_policies
	lib.known(p.minimum_length)
	p.minimum_length.value < 14
	msg := sprintf("password policy %q allows passwords of %v characters%s%s; require 14 or more (%s)", [p.resource, p.minimum_length.value, default_note(p.minimum_length), lib.value_origin(p.minimum_length), p.minimum_length.key])
}

default_note(a) := ", IAM's default when the length is not set" if lib.missing(a)

default_note(a) := "" if not lib.missing(a)
