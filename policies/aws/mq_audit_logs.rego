# METADATA
# title: Amazon MQ ActiveMQ broker does not publish audit logs
# description: >-
#   ActiveMQ audit logs record management actions on the broker (creating and deleting
#   destinations, changing users) through JMX and the web console; without them a change
#   made by an intruder or by mistake cannot be traced. Audit logs are off unless enabled.
#   RabbitMQ brokers do not support audit logs and are not reported.
# custom:
#   id: AWS-MQ-002
#   severity: medium
#   input: aws
#   remediation: |
#     Publish the broker's audit logs to CloudWatch Logs.
#
#     CloudFormation:
#     ```yaml
#     Logs:
#       Audit: true
#       General: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_mq_broker" "orders" {
#       # ...
#       logs {
#         audit   = true
#         general = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp MQ.2", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0070"]
package shipgate.aws.mq_audit_logs

import data.shipgate.lib

deny contains lib.result(msg, b, b.audit_logs) if {
	some b in input.aws.mq.brokers
	lib.lower_value(b.engine) == "activemq"
	lib.is_false(b.audit_logs)
	msg := sprintf("ActiveMQ broker %q does not publish audit logs (%s); set it to true", [b.resource, b.audit_logs.key])
}
