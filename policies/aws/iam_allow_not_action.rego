# METADATA
# title: IAM policy allows every action except a list (Allow with NotAction)
# description: >-
#   An Allow statement with NotAction grants every action of every service except the
#   ones listed, including actions of services AWS adds later. It is almost always far
#   broader than intended; on every resource it is administrator access minus a few
#   exceptions (the PowerUserAccess pattern). NotAction belongs in Deny statements;
#   an Allow should list what it grants.
# custom:
#   id: AWS-IAM-011
#   severity: medium
#   input: aws
#   remediation: |
#     Replace NotAction with the list of actions the principal needs.
#
#     CloudFormation:
#     ```yaml
#     - Effect: Allow
#       Action:
#         - s3:GetObject
#         - sqs:SendMessage
#       Resource:
#         - !Sub "${Assets.Arn}/*"
#         - !GetAtt Jobs.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     statement {
#       actions   = ["s3:GetObject", "sqs:SendMessage"]
#       resources = ["${aws_s3_bucket.assets.arn}/*", aws_sqs_queue.jobs.arn]
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "devops least-privilege"]
#   aliases: []
package shipgate.aws.iam_allow_not_action

import data.shipgate.lib

deny contains lib.result(msg, p, s) if {
	some p in input.aws.iam.policies
	some s in p.statements
	lib.has_value(s.effect, "Allow")
	lib.written(s.not_actions)
	excluded := lib.items(s.not_actions)
	msg := sprintf("policy %q allows every action except %s (%s)%s; list the actions the principal needs instead", [p.resource, concat(", ", sort([sprintf("%q", [a]) | some a in excluded])), s.not_actions.key, scope(s)])
}

scope(s) := " on every resource" if lib.contains_value(s.resources, "*")

scope(s) := "" if not lib.contains_value(s.resources, "*")
