# METADATA
# title: SNS topic is encrypted with the AWS managed key
# description: >-
#   The AWS managed key alias/aws/sns can be used by every principal of the account that
#   may use the service, and its policy cannot be changed, so it cannot limit who reads
#   the messages, nor serve publishers of other accounts or AWS services that need
#   kms:GenerateDataKey. A customer managed key has a policy of its own, can be rotated
#   on your schedule and disabled at once.
# custom:
#   id: AWS-SNS-003
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt with a customer managed key.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SNS::Topic
#     Properties:
#       KmsMasterKeyId: !Ref MessagesKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_sns_topic" "alerts" {
#       name              = "alerts"
#       kms_master_key_id = aws_kms_key.messages.id
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "nist-800-53 SC-28"]
#   aliases: ["AVD-AWS-0136"]
package shipgate.aws.sns_cmk

import data.shipgate.lib

deny contains lib.result(msg, x, x.kms_key) if {
	some x in input.aws.sns.topics
	k := lib.string_value(x.kms_key)
	aws_managed(k)
	msg := sprintf("SNS topic %q is encrypted with the AWS managed key %q%s, whose policy cannot limit who reads its messages; set %s to a customer managed key", [x.resource, k, lib.value_origin(x.kms_key), x.kms_key.key])
}

# aws_managed is true for the alias of the AWS managed key, by name or ARN.
aws_managed(k) if lower(k) == "alias/aws/sns"

aws_managed(k) if {
	startswith(k, "arn:")
	endswith(lower(k), ":alias/aws/sns")
}
