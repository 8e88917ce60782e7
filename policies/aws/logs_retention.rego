# METADATA
# title: CloudWatch log group keeps logs forever
# description: >-
#   A log group without a retention period never expires its events, so storage cost
#   grows without bound and personal data in logs outlives any retention policy. Set a
#   period that matches your audit and compliance needs.
# custom:
#   id: AWS-LOGS-001
#   severity: low
#   input: aws
#   remediation: |
#     Set a retention period in days (for example 30, 90, 365).
#
#     CloudFormation:
#     ```yaml
#     RetentionInDays: 90
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudwatch_log_group" "app" {
#       name              = "/app/web"
#       retention_in_days = 90
#     }
#     ```
#   frameworks: ["nist-800-53 AU-11", "devops observability", "devops resilience"]
#   aliases: ["CKV_AWS_66", "W86", "CW_LOGGROUP_RETENTION_PERIOD_CHECK"]
package shipgate.aws.logs_retention

import data.shipgate.lib

deny contains lib.result(msg, g, g.retention_days) if {
	some g in input.aws.logs.log_groups
	lib.is_null(g.retention_days)
	msg := sprintf("log group %q never expires its events; set %s to the number of days to keep them", [g.resource, g.retention_days.key])
}
