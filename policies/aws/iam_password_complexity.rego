# METADATA
# title: IAM password policy does not require every character class
# description: >-
#   A password policy that does not require lowercase and uppercase letters, numbers and
#   symbols lets users choose passwords from a small alphabet. The account's password
#   policy (Terraform `aws_iam_account_password_policy`; CloudFormation has no resource
#   for it) should require all four; each is off when not set. One finding names every
#   class the policy leaves out.
# custom:
#   id: AWS-IAM-014
#   severity: low
#   kinds: [terraform, terraform-plan]
#   remediation: |
#     Require lowercase and uppercase letters, numbers and symbols.
#
#     CloudFormation: not expressible (no resource for the account password policy);
#     set it with Terraform or `aws iam update-account-password-policy`.
#     ```yaml
#     # aws iam update-account-password-policy --require-lowercase-characters \
#     #   --require-uppercase-characters --require-numbers --require-symbols
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length      = 14
#       require_lowercase_characters = true
#       require_uppercase_characters = true
#       require_numbers              = true
#       require_symbols              = true
#     }
#     ```
#   frameworks: ["aws-fsbp IAM.7", "nist-800-53 IA-5(1)"]
#   aliases: ["AVD-AWS-0058", "AVD-AWS-0059", "AVD-AWS-0060", "AVD-AWS-0061", "CKV_AWS_11", "CKV_AWS_12", "CKV_AWS_14", "CKV_AWS_15"]
package shipgate.aws.iam_password_complexity

import data.shipgate.lib

# The classes in the order the message lists them.
classes := [
	["require_lowercase", "lowercase letters"],
	["require_uppercase", "uppercase letters"],
	["require_numbers", "numbers"],
	["require_symbols", "symbols"],
]

deny contains lib.result(msg, p, p[first]) if {
	some p in input.aws.iam.password_policies
	off := [c | some c in classes; lib.is_false(p[c[0]])]
	count(off) > 0
	first := off[0][0]
	msg := sprintf("password policy %q does not require %s (%s); require every character class", [p.resource, concat(", ", [c[1] | some c in off]), concat(", ", [p[c[0]].key | some c in off])])
}
