# METADATA
# title: IAM policy grants full administrative access
# description: >-
#   A statement that allows every action ("*" or "*:*") on every resource gives its
#   holder full control of the account, including IAM itself; so does the AWS managed
#   policy AdministratorAccess attached to a role, user or group (ManagedPolicyArns,
#   Terraform policy attachments) or given to a SAM function (Policies). iam:* on every
#   resource, inline or as the AWS managed policy IAMFullAccess, is the same in two
#   steps: its holder can attach AdministratorAccess to itself. Other broad managed
#   policies (PowerUserAccess, service FullAccess policies) grant much but cannot change
#   IAM, and are not reported here. Pipelines and services need a least-privilege
#   policy; keep administrator access for break-glass roles managed outside application
#   templates.
# custom:
#   id: AWS-IAM-001
#   severity: high
#   input: aws
#   remediation: |
#     List the actions and resources the principal needs instead of wildcards; IAM Access
#     Analyzer can generate such a policy from CloudTrail activity.
#
#     CloudFormation:
#     ```yaml
#     Statement:
#       - Effect: Allow
#         Action:
#           - s3:GetObject
#           - s3:PutObject
#         Resource: !Sub "${Artifacts.Arn}/*"
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "deploy" {
#       statement {
#         effect    = "Allow"
#         actions   = ["s3:GetObject", "s3:PutObject"]
#         resources = ["${aws_s3_bucket.artifacts.arn}/*"]
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp IAM.1", "cis-aws-3.0 1.16", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_1", "CKV_AWS_62", "F3", "F4", "F5", "W43", "W44", "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "IAM_ROLE_ADMINISTRATOR_ACCESS_POLICY_RULE", "IAM_ROLE_ELEVATED_MANAGED_POLICY_RULE"]
package shipgate.aws.iam_admin_policy

import data.shipgate.lib

# admin_actions are the actions that make a statement on every resource an
# administrator grant, with what to say of each.
admin_actions := {
	"*": "",
	"*:*": "",
	"iam:*": ", which lets it grant itself any permission",
}

deny contains lib.result(msg, p, s) if {
	some p in input.aws.iam.policies
	some s in p.statements
	lib.has_value(s.effect, "Allow")
	some action in lib.items(s.actions)
	why := admin_actions[lower(action)]
	lib.contains_value(s.resources, "*")
	msg := sprintf("policy %q allows action %q on every resource%s; grant only the actions and resources the principal needs", [p.resource, action, why])
}

# admin_managed are the AWS managed policies that grant administrator
# access, with what each allows.
admin_managed := {
	"AdministratorAccess": "allows every action on every resource",
	"IAMFullAccess": "allows iam:* on every resource, which lets it grant itself any permission",
}

deny contains lib.result(msg, id, id.managed_policy_arns) if {
	some kind, ids in {"role": input.aws.iam.roles, "user": input.aws.iam.users, "group": input.aws.iam.groups}
	some id in ids
	some arn in lib.items(id.managed_policy_arns)
	name := aws_managed_policy(arn)
	what := admin_managed[name]
	msg := sprintf("%s %q has the AWS managed policy %q attached (%s), which %s; attach a policy with only the actions and resources it needs", [kind, id.resource, name, id.managed_policy_arns.key, what])
}

# SAM gives a function's generated role the managed policies its Policies
# name.
deny contains lib.result(msg, f, f.managed_policies) if {
	some f in input.aws.lambda.functions
	some entry in lib.items(f.managed_policies)
	name := sam_managed_policy(entry)
	what := admin_managed[name]
	msg := sprintf("function %q is given the AWS managed policy %q (%s), which %s; give it a policy with only the actions and resources it needs", [f.resource, name, f.managed_policies.key, what])
}

# aws_managed_policy is the name of an AWS managed policy ARN
# (arn:aws:iam::aws:policy/AdministratorAccess, any partition); undefined
# for a customer managed policy of the same name.
aws_managed_policy(arn) := name if {
	[match] := regex.find_all_string_submatch_n(`^arn:[a-z-]+:iam::aws:policy/(?:.*/)?([^/]+)$`, arn, 1)
	name := match[1]
}

# sam_managed_policy is the AWS managed policy a SAM Policies entry names: a
# bare name or an ARN.
sam_managed_policy(entry) := entry if not contains(entry, ":")

sam_managed_policy(entry) := aws_managed_policy(entry)
