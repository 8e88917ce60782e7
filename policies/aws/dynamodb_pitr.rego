# METADATA
# title: DynamoDB table has no point-in-time recovery
# description: >-
#   Point-in-time recovery keeps continuous backups for 35 days, so a bad migration, a
#   buggy deployment or an accidental bulk delete can be undone to the second. Without
#   it only on-demand backups, if any, remain.
# custom:
#   id: AWS-DYNAMODB-001
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on point-in-time recovery.
#
#     CloudFormation:
#     ```yaml
#     PointInTimeRecoverySpecification:
#       PointInTimeRecoveryEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_dynamodb_table" "orders" {
#       # ...
#       point_in_time_recovery {
#         enabled = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp DynamoDB.2", "nist-800-53 CP-9", "devops resilience"]
#   aliases: ["CKV_AWS_28", "AVD-AWS-0024", "W78", "DYNAMODB_PITR_ENABLED"]
package shipgate.aws.dynamodb_pitr

import data.shipgate.lib

deny contains lib.result(msg, table, table.point_in_time_recovery) if {
	some table in input.aws.dynamodb.tables
	lib.is_false(table.point_in_time_recovery)
	msg := sprintf("table %q has no point-in-time recovery; set %s to true", [table.resource, table.point_in_time_recovery.key])
}
