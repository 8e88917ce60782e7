# METADATA
# title: IAM password policy lets passwords live longer than 90 days
# description: >-
#   A console password that never expires stays valid for as long as it is leaked.
#   The account's password policy (Terraform `aws_iam_account_password_policy`;
#   CloudFormation has no resource for it) should expire passwords within 90 days;
#   when it leaves the age out, passwords never expire. CIS v3.0 no longer asks for
#   expiry (NIST SP 800-63B advises against forced rotation), so this rule serves the
#   AWS Foundational Security Best Practices and NIST 800-53 controls only.
# custom:
#   id: AWS-IAM-015
#   severity: low
#   kinds: [terraform, terraform-plan]
#   remediation: |
#     Expire passwords within 90 days.
#
#     CloudFormation: not expressible (no resource for the account password policy);
#     set it with Terraform or `aws iam update-account-password-policy`.
#     ```yaml
#     # aws iam update-account-password-policy --max-password-age 90
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length = 14
#       max_password_age        = 90
#     }
#     ```
#   frameworks: ["aws-fsbp IAM.7", "nist-800-53 IA-5(1)"]
#   aliases: ["AVD-AWS-0062", "CKV_AWS_9"]
package shipgate.aws.iam_password_max_age

import data.shipgate.lib

deny contains lib.result(msg, p, p.max_age) if {
	some p in input.aws.iam.password_policies
	lib.known(p.max_age)
	too_long(p.max_age.value)
	msg := sprintf("password policy %q %s%s; expire passwords within 90 days (%s)", [p.resource, age(p.max_age.value), lib.value_origin(p.max_age), p.max_age.key])
}

too_long(days) if days == 0

too_long(days) if days > 90

age(0) := "lets passwords live forever"

age(days) := sprintf("lets passwords live %v days", [days]) if days != 0
