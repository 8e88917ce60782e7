# METADATA
# title: IAM password policy lets users reuse recent passwords
# description: >-
#   When users may go back to a previous password, a leaked password stays useful after
#   a forced change. The account's password policy (Terraform
#   `aws_iam_account_password_policy`; CloudFormation has no resource for it) should
#   remember the last 24 passwords; when it leaves reuse prevention out, any password
#   may be reused.
# custom:
#   id: AWS-IAM-013
#   severity: medium
#   kinds: [terraform, terraform-plan]
#   remediation: |
#     Prevent the reuse of the last 24 passwords.
#
#     CloudFormation: not expressible (no resource for the account password policy);
#     set it with Terraform or `aws iam update-account-password-policy`.
#     ```yaml
#     # aws iam update-account-password-policy --password-reuse-prevention 24
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length   = 14
#       password_reuse_prevention = 24
#     }
#     ```
#   frameworks: ["cis-aws-3.0 1.9", "aws-fsbp IAM.16", "aws-fsbp IAM.7", "nist-800-53 IA-5(1)"]
#   aliases: ["AVD-AWS-0056", "CKV_AWS_13"]
package shipgate.aws.iam_password_reuse

import data.shipgate.lib

deny contains lib.result(msg, p, p.reuse_prevention) if {
	some p in input.aws.iam.password_policies
	lib.known(p.reuse_prevention)
	p.reuse_prevention.value < 24
	msg := sprintf("password policy %q %s%s; remember the last 24 passwords (%s)", [p.resource, remembered(p.reuse_prevention), lib.value_origin(p.reuse_prevention), p.reuse_prevention.key])
}

remembered(a) := "lets users reuse any previous password" if a.value == 0

remembered(a) := sprintf("remembers only the last %v passwords", [a.value]) if a.value != 0
