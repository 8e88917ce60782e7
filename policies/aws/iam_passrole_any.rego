# METADATA
# title: IAM policy allows passing any role
# description: >-
#   iam:PassRole on every resource without a condition lets the principal hand any
#   role of the account, administrator roles included, to a service it can drive
#   (an EC2 instance, a Lambda function, a CodeBuild project, a CloudFormation stack)
#   and then act with that role's permissions: a well-known privilege escalation
#   path. Name the roles that may be passed, and restrict the service with the
#   iam:PassedToService condition.
# custom:
#   id: AWS-IAM-004
#   severity: high
#   input: aws
#   remediation: |
#     Allow iam:PassRole only on the roles the principal must pass, to the service that
#     needs them.
#
#     CloudFormation:
#     ```yaml
#     - Effect: Allow
#       Action: iam:PassRole
#       Resource: !GetAtt TaskRole.Arn
#       Condition:
#         StringEquals:
#           iam:PassedToService: ecs-tasks.amazonaws.com
#     ```
#
#     Terraform:
#     ```hcl
#     statement {
#       actions   = ["iam:PassRole"]
#       resources = [aws_iam_role.task.arn]
#       condition {
#         test     = "StringEquals"
#         variable = "iam:PassedToService"
#         values   = ["ecs-tasks.amazonaws.com"]
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["AVD-AWS-0342"]
package shipgate.aws.iam_passrole_any

import data.shipgate.lib

deny contains lib.result(msg, p, s) if {
	some p in input.aws.iam.policies
	some s in p.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	lib.contains_value(s.resources, "*")
	some action in lib.items(s.actions)
	passes_role(action)
	msg := sprintf("policy %q allows %q on every resource without a condition (%s); allow iam:PassRole only on the roles it must pass, to the service that needs them", [p.resource, action, s.actions.key])
}

# passes_role is true for an action that grants iam:PassRole, by name or by
# a wildcard within IAM (iam:Pass*); "*" and "iam:*" on every resource are
# administrator access, reported by AWS-IAM-001.
passes_role(action) if {
	a := lower(action)
	not a in {"*", "*:*", "iam:*"}
	startswith(a, "iam:")
	glob.match(a, [], "iam:passrole")
}
