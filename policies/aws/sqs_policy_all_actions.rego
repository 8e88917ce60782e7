# METADATA
# title: SQS queue policy allows every action
# description: >-
#   A queue policy statement that allows "*" or "sqs:*" grants its principals every
#   queue action, now and in future: besides sending and receiving, deleting the queue,
#   purging its messages and changing its policy and attributes. Allow the actions the
#   principal needs, such as sqs:SendMessage for a producer.
# custom:
#   id: AWS-SQS-003
#   severity: medium
#   input: aws
#   remediation: |
#     List the actions the principal needs.
#
#     CloudFormation:
#     ```yaml
#     Statement:
#       - Effect: Allow
#         Principal:
#           Service: sns.amazonaws.com
#         Action: sqs:SendMessage
#         Resource: !GetAtt Jobs.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     statement {
#       actions   = ["sqs:SendMessage"]
#       resources = [aws_sqs_queue.jobs.arn]
#       principals {
#         type        = "Service"
#         identifiers = ["sns.amazonaws.com"]
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["AVD-AWS-0097", "CKV_AWS_72"]
package shipgate.aws.sqs_policy_all_actions

import data.shipgate.lib

deny contains lib.result(msg, q, s.actions) if {
	some q in input.aws.sqs.queues
	some doc in lib.items(q.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	some a in lib.items(s.actions)
	lower(a) in {"*", "sqs:*"}
	msg := sprintf("SQS queue %q has a policy statement that allows every action (%q in %s); allow only the actions its principals need", [q.resource, a, s.actions.key])
}
