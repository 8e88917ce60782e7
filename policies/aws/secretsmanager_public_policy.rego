# METADATA
# title: Secrets Manager secret policy allows any principal without a condition
# description: >-
#   A resource policy statement on a secret that allows "*" (or {"AWS": "*"}) with no
#   condition lets principals of any AWS account read or change the secret, as far as
#   the key that encrypts it allows. Name the accounts or roles, or restrict "*" with
#   a condition such as aws:PrincipalOrgID.
# custom:
#   id: AWS-SECRETSMANAGER-005
#   severity: high
#   input: aws
#   remediation: |
#     Name the principals that may read the secret.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SecretsManager::ResourcePolicy
#     Properties:
#       SecretId: !Ref DbSecret
#       BlockPublicPolicy: true
#       ResourcePolicy:
#         Version: "2012-10-17"
#         Statement:
#           - Effect: Allow
#             Principal:
#               AWS: !GetAtt AppRole.Arn
#             Action: secretsmanager:GetSecretValue
#             Resource: "*"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_secretsmanager_secret_policy" "db" {
#       secret_arn          = aws_secretsmanager_secret.db.arn
#       block_public_policy = true
#       policy              = data.aws_iam_policy_document.db_readers.json
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 AC-6", "devops secrets"]
#   aliases: []
package shipgate.aws.secretsmanager_public_policy

import data.shipgate.lib

deny contains lib.result(msg, sec, s) if {
	some sec in input.aws.secretsmanager.secrets
	some doc in lib.items(sec.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("secret %q has a resource policy statement that allows any principal (%s) without a condition; name the principals that may use it", [sec.resource, s.principals.key])
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
