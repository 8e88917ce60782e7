# METADATA
# title: CodeBuild project writes its S3 build logs unencrypted
# description: >-
#   Build logs hold what a build printed: commands, dependency URLs, test output
#   and, too often, tokens. With S3 logs enabled and EncryptionDisabled true they are
#   stored in the bucket unencrypted. Projects that do not send logs to S3 are not
#   reported.
# custom:
#   id: AWS-CODEBUILD-005
#   severity: low
#   input: aws
#   remediation: |
#     Keep S3 log encryption on (the default): remove EncryptionDisabled or set it to
#     false.
#
#     CloudFormation:
#     ```yaml
#     LogsConfig:
#       S3Logs:
#         Status: ENABLED
#         Location: !Sub "${LogBucket}/build-logs"
#         EncryptionDisabled: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       logs_config {
#         s3_logs {
#           status              = "ENABLED"
#           location            = "${aws_s3_bucket.logs.id}/build-logs"
#           encryption_disabled = false
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CodeBuild.3", "nist-800-53 SC-28"]
#   aliases: ["CKV_AWS_311"]
package shipgate.aws.codebuild_s3_logs_encryption

import data.shipgate.lib

deny contains lib.result(msg, p, p.s3_logs.encryption_disabled) if {
	some p in input.aws.codebuild.projects
	upper(lib.string_value(p.s3_logs.status)) == "ENABLED"
	lib.is_true(p.s3_logs.encryption_disabled)
	msg := sprintf("project %q writes its build logs to S3 unencrypted (%s is true); turn S3 log encryption back on", [p.resource, p.s3_logs.encryption_disabled.key])
}
