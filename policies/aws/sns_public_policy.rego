# METADATA
# title: SNS topic policy allows any principal without a condition
# description: >-
#   A topic policy statement that allows "*" (or {"AWS": "*"}) with no condition lets
#   any AWS account, and for some actions anyone, publish to the topic or subscribe to
#   it: spam and forged alerts reach every subscriber, or the messages are read by a
#   stranger's endpoint. Name the principals, or keep "*" only with a condition such as
#   aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.
# custom:
#   id: AWS-SNS-002
#   severity: high
#   input: aws
#   remediation: |
#     Allow named principals or services, or restrict "*" by condition.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SNS::TopicPolicy
#     Properties:
#       Topics: [!Ref Alerts]
#       PolicyDocument:
#         Version: "2012-10-17"
#         Statement:
#           - Effect: Allow
#             Principal:
#               Service: cloudwatch.amazonaws.com
#             Action: sns:Publish
#             Resource: !Ref Alerts
#             Condition:
#               StringEquals:
#                 aws:SourceAccount: !Ref AWS::AccountId
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "alerts" {
#       statement {
#         actions   = ["sns:Publish"]
#         resources = [aws_sns_topic.alerts.arn]
#         principals {
#           type        = "Service"
#           identifiers = ["cloudwatch.amazonaws.com"]
#         }
#         condition {
#           test     = "StringEquals"
#           variable = "aws:SourceAccount"
#           values   = [data.aws_caller_identity.current.account_id]
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_169"]
package shipgate.aws.sns_public_policy

import data.shipgate.lib

deny contains lib.result(msg, t, s) if {
	some t in input.aws.sns.topics
	some doc in lib.items(t.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("SNS topic %q has a policy statement that allows any principal (%s) without a condition; name the principals or add a condition that restricts them", [t.resource, s.principals.key])
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
