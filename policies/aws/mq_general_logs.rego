# METADATA
# title: Amazon MQ broker does not publish general logs
# description: >-
#   General logs record the broker's connections, errors and warnings; without them a
#   client that cannot connect or a broker that drops messages leaves nothing to read
#   and nothing to alarm on. General logs are off unless enabled.
# custom:
#   id: AWS-MQ-003
#   severity: low
#   input: aws
#   remediation: |
#     Publish the broker's general logs to CloudWatch Logs.
#
#     CloudFormation:
#     ```yaml
#     Logs:
#       General: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_mq_broker" "orders" {
#       # ...
#       logs {
#         general = true
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0071", "CKV_AWS_48"]
package shipgate.aws.mq_general_logs

import data.shipgate.lib

deny contains lib.result(msg, b, b.general_logs) if {
	some b in input.aws.mq.brokers
	lib.is_false(b.general_logs)
	msg := sprintf("broker %q does not publish general logs (%s); set it to true", [b.resource, b.general_logs.key])
}
