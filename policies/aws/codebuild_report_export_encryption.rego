# METADATA
# title: CodeBuild report group exports its reports unencrypted
# description: >-
#   A report group that exports the raw test and coverage reports to S3 with
#   EncryptionDisabled true writes them to the bucket unencrypted; reports carry
#   test names, stack traces and sometimes data from test fixtures. Report groups
#   that do not export (NO_EXPORT) are not reported.
# custom:
#   id: AWS-CODEBUILD-011
#   severity: low
#   input: aws
#   remediation: |
#     Keep report export encryption on (the default), preferably with a customer
#     managed key.
#
#     CloudFormation:
#     ```yaml
#     ExportConfig:
#       ExportConfigType: S3
#       S3Destination:
#         Bucket: !Ref ReportBucket
#         EncryptionDisabled: false
#         EncryptionKey: !GetAtt ReportKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_report_group" "tests" {
#       # ...
#       export_config {
#         type = "S3"
#         s3_destination {
#           bucket              = aws_s3_bucket.reports.id
#           encryption_disabled = false
#           encryption_key      = aws_kms_key.reports.arn
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CodeBuild.7", "nist-800-53 SC-28"]
package shipgate.aws.codebuild_report_export_encryption

import data.shipgate.lib

deny contains lib.result(msg, g, g.encryption_disabled) if {
	some g in input.aws.codebuild.report_groups
	lib.has_value(g.export_type, "S3")
	lib.is_true(g.encryption_disabled)
	msg := sprintf("report group %q exports its reports to S3 unencrypted (%s is true); turn export encryption back on", [g.resource, g.encryption_disabled.key])
}
