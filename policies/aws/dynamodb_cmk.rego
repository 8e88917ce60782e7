# METADATA
# title: DynamoDB table is not encrypted with a customer managed key
# description: >-
#   Every table is encrypted at rest, but by default with a key AWS owns, or with the AWS
#   managed aws/dynamodb key: neither can be restricted by a key policy, audited per use
#   in CloudTrail as your own key, or revoked to cut off access to the data. Tables
#   holding sensitive data should use a customer managed KMS key.
# custom:
#   id: AWS-DYNAMODB-002
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the table with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     SSESpecification:
#       SSEEnabled: true
#       SSEType: KMS
#       KMSMasterKeyId: !Ref TableKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_dynamodb_table" "orders" {
#       # ...
#       server_side_encryption {
#         enabled     = true
#         kms_key_arn = aws_kms_key.table.arn
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0025", "CKV_AWS_119"]
package shipgate.aws.dynamodb_cmk

import data.shipgate.lib

deny contains lib.result(msg, table, table.sse_enabled) if {
	some table in input.aws.dynamodb.tables
	lib.is_false(table.sse_enabled)
	msg := sprintf("table %q is encrypted with a key AWS owns; set %s to true with a customer managed key", [table.resource, table.sse_enabled.key])
}

deny contains lib.result(msg, table, table.kms_key) if {
	some table in input.aws.dynamodb.tables
	lib.is_true(table.sse_enabled)
	aws_managed(table.kms_key)
	msg := sprintf("table %q is encrypted with the AWS managed key aws/dynamodb; set %s to a customer managed key", [table.resource, table.kms_key.key])
}

aws_managed(a) if lib.is_null(a)

aws_managed(a) if lib.lower_value(a) in {"alias/aws/dynamodb", "aws/dynamodb"}
