# METADATA
# title: SQS queue policy allows any principal without a condition
# description: >-
#   A queue policy statement that allows "*" (or {"AWS": "*"}) with no condition lets
#   any AWS account send messages to the queue, read and delete them, or change the
#   queue, depending on its actions: forged jobs run with your workers' permissions, or
#   data is read by strangers. Name the principals, or keep "*" only with a condition
#   such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.
# custom:
#   id: AWS-SQS-002
#   severity: high
#   input: aws
#   remediation: |
#     Allow named principals or services, or restrict "*" by condition.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SQS::QueuePolicy
#     Properties:
#       Queues: [!Ref Jobs]
#       PolicyDocument:
#         Version: "2012-10-17"
#         Statement:
#           - Effect: Allow
#             Principal:
#               Service: sns.amazonaws.com
#             Action: sqs:SendMessage
#             Resource: !GetAtt Jobs.Arn
#             Condition:
#               ArnEquals:
#                 aws:SourceArn: !Ref Orders
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "jobs" {
#       statement {
#         actions   = ["sqs:SendMessage"]
#         resources = [aws_sqs_queue.jobs.arn]
#         principals {
#           type        = "Service"
#           identifiers = ["sns.amazonaws.com"]
#         }
#         condition {
#           test     = "ArnEquals"
#           variable = "aws:SourceArn"
#           values   = [aws_sns_topic.orders.arn]
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_168"]
package shipgate.aws.sqs_public_policy

import data.shipgate.lib

deny contains lib.result(msg, q, s) if {
	some q in input.aws.sqs.queues
	some doc in lib.items(q.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("SQS queue %q has a policy statement that allows any principal (%s) without a condition; name the principals or add a condition that restricts them", [q.resource, s.principals.key])
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
