# METADATA
# title: IAM role can be assumed by any principal
# description: >-
#   A trust policy statement that allows "*" (or {"AWS": "*"}) with no condition lets
#   any AWS principal in any account assume the role and act with its permissions. A
#   trust policy must name the accounts, roles, services or identity providers that
#   may assume the role, or restrict "*" with conditions such as aws:PrincipalOrgID
#   or sts:ExternalId.
# custom:
#   id: AWS-IAM-002
#   severity: high
#   input: aws
#   remediation: |
#     Name the principals that may assume the role.
#
#     CloudFormation:
#     ```yaml
#     AssumeRolePolicyDocument:
#       Version: "2012-10-17"
#       Statement:
#         - Effect: Allow
#           Principal:
#             AWS: arn:aws:iam::111122223333:role/deployer
#           Action: sts:AssumeRole
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "trust" {
#       statement {
#         actions = ["sts:AssumeRole"]
#         principals {
#           type        = "AWS"
#           identifiers = ["arn:aws:iam::111122223333:role/deployer"]
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_60"]
package shipgate.aws.iam_role_trusts_anyone

import data.shipgate.lib

deny contains lib.result(msg, r, s) if {
	some r in input.aws.iam.roles
	some s in r.assume_role_policy.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("role %q can be assumed by any principal (%s) without a condition; name the principals that may assume it", [r.resource, s.principals.key])
}

# everyone is true for a principal of "*", {"AWS": "*"} or an AWS list
# holding "*".
everyone(p) if lib.has_value(p, "*")

everyone(p) if {
	lib.known(p)
	"*" in as_list(p.value.AWS)
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if is_string(x)
