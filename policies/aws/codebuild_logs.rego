# METADATA
# title: CodeBuild project has build logs turned off
# description: >-
#   With both CloudWatch Logs and S3 logs disabled, nothing records what a build ran,
#   which leaves a compromised or failing build without an audit trail.
# custom:
#   id: AWS-CODEBUILD-003
#   severity: low
#   input: aws
#   remediation: |
#     Keep CloudWatch Logs on (the default) or send the build logs to S3.
#
#     CloudFormation:
#     ```yaml
#     LogsConfig:
#       CloudWatchLogs:
#         Status: ENABLED
#         GroupName: !Ref BuildLogs
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       logs_config {
#         cloudwatch_logs {
#           status     = "ENABLED"
#           group_name = aws_cloudwatch_log_group.build.name
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CodeBuild.4", "devops observability"]
#   aliases: ["CKV_AWS_314"]
package shipgate.aws.codebuild_logs

import data.shipgate.lib

deny contains lib.result(msg, p, p.logs_enabled) if {
	some p in input.aws.codebuild.projects
	lib.is_false(p.logs_enabled)
	msg := sprintf("project %q has build logs turned off (%s); send them to CloudWatch Logs or S3", [p.resource, p.logs_enabled.key])
}
