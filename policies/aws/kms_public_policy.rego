# METADATA
# title: KMS key policy allows any principal without a condition
# description: >-
#   A key policy statement that allows "*" (or {"AWS": "*"}) with no condition lets
#   principals of every AWS account use or manage the key, so whoever holds data
#   encrypted under it can decrypt it, and the key can be disabled or scheduled for
#   deletion by strangers. Name the principals, or keep "*" only with a condition
#   such as kms:CallerAccount, kms:ViaService or aws:PrincipalOrgID.
# custom:
#   id: AWS-KMS-002
#   severity: high
#   input: aws
#   remediation: |
#     Grant the key to named principals, or restrict "*" by condition.
#
#     CloudFormation:
#     ```yaml
#     KeyPolicy:
#       Version: "2012-10-17"
#       Statement:
#         - Sid: AccountAdministration
#           Effect: Allow
#           Principal:
#             AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"
#           Action: "kms:*"
#           Resource: "*"
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "key" {
#       statement {
#         actions   = ["kms:*"]
#         resources = ["*"]
#         principals {
#           type        = "AWS"
#           identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_33"]
package shipgate.aws.kms_public_policy

import data.shipgate.lib

deny contains lib.result(msg, k, s) if {
	some k in input.aws.kms.keys
	some doc in lib.items(k.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("KMS key %q has a key policy statement that allows any principal (%s) without a condition; name the principals or add a condition that restricts them", [k.resource, s.principals.key])
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
