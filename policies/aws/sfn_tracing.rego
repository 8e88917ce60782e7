# METADATA
# title: Step Functions state machine does not trace executions with X-Ray
# description: >-
#   X-Ray tracing follows a request from the state machine into the Lambda functions,
#   queues and services its states call, so a slow or failing step shows where the time
#   and the error went. Tracing is off unless enabled.
# custom:
#   id: AWS-SFN-002
#   severity: low
#   input: aws
#   remediation: |
#     Turn on X-Ray tracing.
#
#     CloudFormation:
#     ```yaml
#     TracingConfiguration:
#       Enabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_sfn_state_machine" "orders" {
#       # ...
#       tracing_configuration {
#         enabled = true
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0117", "CKV_AWS_284"]
package shipgate.aws.sfn_tracing

import data.shipgate.lib

deny contains lib.result(msg, sm, sm.tracing) if {
	some sm in input.aws.sfn.state_machines
	lib.is_false(sm.tracing)
	msg := sprintf("state machine %q does not trace its executions with X-Ray (%s); set it to true", [sm.resource, sm.tracing.key])
}
