# METADATA
# title: SNS topic is not encrypted with a KMS key
# description: >-
#   Server-side encryption of an SNS topic is off unless a KMS key is given, so
#   messages, which often carry alerts, order data or personal data, are stored
#   unencrypted by a key you control while SNS delivers them. Give the topic a KMS key
#   (a customer managed key, so that its policy decides who may publish and read).
# custom:
#   id: AWS-SNS-001
#   severity: medium
#   input: aws
#   remediation: |
#     Give the topic a KMS key. Publishers such as CloudWatch alarms or EventBridge need kms:GenerateDataKey and kms:Decrypt on a customer managed key.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SNS::Topic
#     Properties:
#       KmsMasterKeyId: !Ref TopicKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_sns_topic" "alerts" {
#       name              = "alerts"
#       kms_master_key_id = aws_kms_key.topics.id
#     }
#     ```
#   frameworks: ["nist-800-53 SC-28"]
#   aliases: ["AVD-AWS-0095", "CKV_AWS_26"]
package shipgate.aws.sns_encryption

import data.shipgate.lib

deny contains lib.result(msg, t, t.kms_key) if {
	some t in input.aws.sns.topics
	lib.is_null(t.kms_key)
	msg := sprintf("SNS topic %q is not encrypted with a KMS key; set %s", [t.resource, t.kms_key.key])
}
