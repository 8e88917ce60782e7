# METADATA
# title: DynamoDB table has no deletion protection
# description: >-
#   Without deletion protection a table and all its items can be deleted by one API call
#   or a stack update that replaces it; point-in-time recovery does not survive the table.
#   Deletion protection makes DynamoDB refuse the delete until the setting is turned off
#   on purpose. Global tables set it per replica and are not reported here.
# custom:
#   id: AWS-DYNAMODB-005
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on deletion protection for tables that hold data you need.
#
#     CloudFormation:
#     ```yaml
#     DeletionProtectionEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_dynamodb_table" "orders" {
#       # ...
#       deletion_protection_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp DynamoDB.6", "devops resilience"]
#   aliases: []
package shipgate.aws.dynamodb_deletion_protection

import data.shipgate.lib

deny contains lib.result(msg, table, table.deletion_protection) if {
	some table in input.aws.dynamodb.tables
	table.type != "AWS::DynamoDB::GlobalTable"
	lib.is_false(table.deletion_protection)
	msg := sprintf("table %q has no deletion protection%s; set %s to true", [table.resource, lib.value_origin(table.deletion_protection), table.deletion_protection.key])
}
