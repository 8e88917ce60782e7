# METADATA
# title: Athena workgroup does not encrypt query results
# description: >-
#   Query results, which often hold the very data a query selected, are written to S3.
#   Without an encryption configuration on the workgroup they are encrypted only if each
#   client asks for it. Workgroups whose results Athena manages itself are always
#   encrypted and are not reported.
# custom:
#   id: AWS-ATHENA-001
#   severity: medium
#   input: aws
#   remediation: |
#     Encrypt query results in the workgroup, and enforce the workgroup's configuration.
#
#     CloudFormation:
#     ```yaml
#     WorkGroupConfiguration:
#       EnforceWorkGroupConfiguration: true
#       ResultConfiguration:
#         OutputLocation: s3://query-results/
#         EncryptionConfiguration:
#           EncryptionOption: SSE_KMS
#           KmsKey: !Ref ResultsKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_athena_workgroup" "analytics" {
#       # ...
#       configuration {
#         enforce_workgroup_configuration = true
#         result_configuration {
#           output_location = "s3://query-results/"
#           encryption_configuration {
#             encryption_option = "SSE_KMS"
#             kms_key_arn       = aws_kms_key.results.arn
#           }
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0006", "CKV_AWS_159"]
package shipgate.aws.athena_result_encryption

import data.shipgate.lib

deny contains lib.result(msg, group, group.result_encryption) if {
	some group in input.aws.athena.workgroups
	lib.is_null(group.result_encryption)
	lib.is_false(group.managed_results)
	msg := sprintf("workgroup %q does not encrypt query results; set %s to SSE_KMS or SSE_S3", [group.resource, group.result_encryption.key])
}
