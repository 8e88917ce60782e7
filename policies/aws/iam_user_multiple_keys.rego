# METADATA
# title: IAM user has more than one active access key
# description: >-
#   A second active access key doubles what can leak and is usually a rotation that
#   never finished: the old key stays valid. Keep at most one active key per user
#   (two only briefly while rotating).
# custom:
#   id: AWS-IAM-009
#   severity: low
#   input: aws
#   remediation: |
#     Deactivate or remove all but one access key of the user.
#
#     CloudFormation:
#     ```yaml
#     OldKey:
#       Type: AWS::IAM::AccessKey
#       Properties:
#         UserName: !Ref Deployer
#         Status: Inactive
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_access_key" "old" {
#       user   = aws_iam_user.deployer.name
#       status = "Inactive"
#     }
#     ```
#   frameworks: ["cis-aws-3.0 1.13", "devops secrets"]
#   aliases: ["AVD-AWS-0167"]
package shipgate.aws.iam_user_multiple_keys

import data.shipgate.lib

deny contains lib.result(msg, k, k.status) if {
	some k in input.aws.iam.access_keys
	user := lib.string_value(k.user)
	lib.has_value(k.status, "Active")
	keys := active_keys[user]
	count(keys) > 1
	msg := sprintf("user %q has %d active access keys (%s); keep one active key and deactivate the others (%s)", [user, count(keys), concat(", ", keys), k.status.key])
}

# The active keys of each user, collected once (not per key).
active_keys[user] := sort([k.resource |
	some k in input.aws.iam.access_keys
	lib.string_value(k.user) == user
	lib.has_value(k.status, "Active")
]) if {
	some key in input.aws.iam.access_keys
	user := lib.string_value(key.user)
}
