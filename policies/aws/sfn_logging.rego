# METADATA
# title: Step Functions state machine does not log executions
# description: >-
#   Without execution logging a failed or stuck workflow leaves no record of which state
#   failed with what input, and no log-based alarm can fire. A state machine logs nothing
#   unless its logging level is `ALL`, `ERROR` or `FATAL` (`OFF` when not set), for
#   standard and express workflows alike (express workflows have no execution history
#   at all without it).
# custom:
#   id: AWS-SFN-001
#   severity: medium
#   input: aws
#   remediation: |
#     Send execution logs at level ERROR or ALL to a CloudWatch Logs log group.
#
#     CloudFormation:
#     ```yaml
#     LoggingConfiguration:
#       Level: ERROR
#       IncludeExecutionData: false
#       Destinations:
#         - CloudWatchLogsLogGroup:
#             LogGroupArn: !GetAtt WorkflowLogs.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_sfn_state_machine" "orders" {
#       # ...
#       logging_configuration {
#         level           = "ERROR"
#         log_destination = "${aws_cloudwatch_log_group.workflow.arn}:*"
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp StepFunctions.1", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0119", "CKV_AWS_285"]
package shipgate.aws.sfn_logging

import data.shipgate.lib

deny contains lib.result(msg, sm, sm.log_level) if {
	some sm in input.aws.sfn.state_machines
	lib.lower_value(sm.log_level) == "off"
	msg := sprintf("state machine %q does not log its executions (%s is OFF%s); set it to ERROR or ALL with a log group destination", [sm.resource, sm.log_level.key, default_note(sm.log_level)])
}

default_note(a) := ", the default" if lib.missing(a)

default_note(a) := lib.value_origin(a) if not lib.missing(a)
