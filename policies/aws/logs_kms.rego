# METADATA
# title: CloudWatch log group is not encrypted with a KMS key
# description: >-
#   Without a KMS key a log group is encrypted with a key CloudWatch Logs manages, which
#   anyone allowed to read the group can use. Logs often hold request data, tokens and
#   personal data; a customer managed key adds a policy of its own to reading them, can
#   be disabled to cut access at once, and logs every use.
# custom:
#   id: AWS-LOGS-002
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the log group with a customer managed key whose policy allows the CloudWatch Logs service principal of the Region.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::Logs::LogGroup
#     Properties:
#       RetentionInDays: 90
#       KmsKeyId: !GetAtt LogsKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudwatch_log_group" "app" {
#       name              = "/app/web"
#       retention_in_days = 90
#       kms_key_id        = aws_kms_key.logs.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-28", "nist-800-53 AU-9"]
#   aliases: ["AVD-AWS-0017", "CKV_AWS_158"]
package shipgate.aws.logs_kms

import data.shipgate.lib

deny contains lib.result(msg, g, g.kms_key) if {
	some g in input.aws.logs.log_groups
	lib.is_null(g.kms_key)
	msg := sprintf("log group %q is not encrypted with a KMS key; set %s to a customer managed key", [g.resource, g.kms_key.key])
}
