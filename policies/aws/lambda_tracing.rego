# METADATA
# title: Lambda function does not use X-Ray active tracing
# description: >-
#   Without active tracing a slow or failing request cannot be followed through the
#   function and the services it calls, which lengthens incident diagnosis after a
#   deployment. Tracing costs little at typical sampling rates.
# custom:
#   id: AWS-LAMBDA-001
#   severity: low
#   input: aws
#   remediation: |
#     Turn on active tracing; the execution role needs xray:PutTraceSegments and
#     xray:PutTelemetryRecords, for example through the AWSXRayDaemonWriteAccess managed policy.
#
#     CloudFormation:
#     ```yaml
#     # SAM: Tracing: Active (also under Globals.Function)
#     TracingConfig:
#       Mode: Active
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_function" "api" {
#       # ...
#       tracing_config {
#         mode = "Active"
#       }
#     }
#     ```
#   frameworks: ["devops observability"]
#   aliases: ["CKV_AWS_50", "AVD-AWS-0066", "AVD-AWS-0125"]
package shipgate.aws.lambda_tracing

import data.shipgate.lib

deny contains lib.result(msg, f, f.tracing_mode) if {
	some f in input.aws.lambda.functions
	mode := lib.string_value(f.tracing_mode)
	mode != "Active"
	msg := sprintf("function %q does not use X-Ray active tracing (%s is %q); set it to Active", [f.resource, f.tracing_mode.key, mode])
}
