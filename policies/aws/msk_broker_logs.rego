# METADATA
# title: MSK cluster delivers no broker logs
# description: >-
#   Broker logs record client connections, authentication failures, authorization
#   decisions and broker errors. Without a destination (CloudWatch Logs, Firehose or S3)
#   they are lost, and an outage or an intrusion cannot be traced.
# custom:
#   id: AWS-MSK-003
#   severity: medium
#   input: aws
#   remediation: |
#     Deliver broker logs to CloudWatch Logs, Firehose or S3.
#
#     CloudFormation:
#     ```yaml
#     LoggingInfo:
#       BrokerLogs:
#         CloudWatchLogs:
#           Enabled: true
#           LogGroup: !Ref BrokerLogs
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_msk_cluster" "events" {
#       # ...
#       logging_info {
#         broker_logs {
#           cloudwatch_logs {
#             enabled   = true
#             log_group = aws_cloudwatch_log_group.msk.name
#           }
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0074", "CKV_AWS_80"]
package shipgate.aws.msk_broker_logs

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.logging) if {
	some cluster in input.aws.msk.clusters
	lib.is_false(cluster.logging)
	msg := sprintf("MSK cluster %q delivers no broker logs; enable a destination in %s", [cluster.resource, cluster.logging.key])
}
