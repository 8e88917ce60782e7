# METADATA
# title: IAM policy allows IAM actions that escalate privileges on every resource
# description: >-
#   Some IAM actions let their holder give itself (or any identity) more permissions:
#   attaching or writing a policy (iam:Attach*Policy, iam:Put*Policy), publishing a
#   new default policy version (iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion),
#   rewriting a role's trust policy (iam:UpdateAssumeRolePolicy), removing a
#   permissions boundary, creating credentials for another user
#   (iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile) or joining a
#   group (iam:AddUserToGroup). On every resource, any of them is administrator
#   access in one or two steps. iam:* and * on every resource are reported by
#   AWS-IAM-001.
# custom:
#   id: AWS-IAM-005
#   severity: high
#   input: aws
#   remediation: |
#     Keep these actions for identity automation, scoped to the identities it manages
#     (and, for attaching policies, to the policies it may attach with the
#     iam:PolicyARN condition).
#
#     CloudFormation:
#     ```yaml
#     - Effect: Allow
#       Action: iam:AttachRolePolicy
#       Resource: !Sub "arn:aws:iam::${AWS::AccountId}:role/app/*"
#       Condition:
#         ArnEquals:
#           iam:PolicyARN: !Ref AppPolicy
#     ```
#
#     Terraform:
#     ```hcl
#     statement {
#       actions   = ["iam:AttachRolePolicy"]
#       resources = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app/*"]
#       condition {
#         test     = "ArnEquals"
#         variable = "iam:PolicyARN"
#         values   = [aws_iam_policy.app.arn]
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["AVD-AWS-0347", "AVD-AWS-0349", "AVD-AWS-0351", "AVD-AWS-0352", "AVD-AWS-0353", "CKV_AWS_286"]
package shipgate.aws.iam_privilege_escalation

import data.shipgate.lib

escalation_actions := {
	"iam:attachuserpolicy", "iam:attachrolepolicy", "iam:attachgrouppolicy",
	"iam:putuserpolicy", "iam:putrolepolicy", "iam:putgrouppolicy",
	"iam:createpolicyversion", "iam:setdefaultpolicyversion",
	"iam:updateassumerolepolicy",
	"iam:deleteuserpermissionsboundary", "iam:deleterolepermissionsboundary",
	"iam:createaccesskey", "iam:createloginprofile", "iam:updateloginprofile",
	"iam:addusertogroup",
}

deny contains lib.result(msg, p, s) if {
	some p in input.aws.iam.policies
	some s in p.statements
	lib.has_value(s.effect, "Allow")
	lib.contains_value(s.resources, "*")
	some action in lib.items(s.actions)
	a := lower(action)
	startswith(a, "iam:")
	a != "iam:*"
	granted := sort([x | some x in escalation_actions; glob.match(a, [], x)])
	count(granted) > 0
	msg := sprintf("policy %q allows %q on every resource (%s), which lets its holder raise its own permissions (%s); scope it to the identities and policies it manages", [p.resource, action, s.actions.key, concat(", ", granted)])
}
