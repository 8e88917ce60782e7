# METADATA
# title: RDS Performance Insights data is not encrypted with a customer managed key
# description: >-
#   Performance Insights keeps samples of the queries a database runs, which can hold
#   literal values from the application. Without a key of its own the data is encrypted
#   with the AWS managed aws/rds key, whose use cannot be limited by a key policy or
#   revoked independently of the database.
# custom:
#   id: AWS-RDS-012
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt Performance Insights with a customer managed KMS key (it cannot be changed
#     later).
#
#     CloudFormation:
#     ```yaml
#     EnablePerformanceInsights: true
#     PerformanceInsightsKMSKeyId: !Ref DatabaseKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       performance_insights_enabled    = true
#       performance_insights_kms_key_id = aws_kms_key.db.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0078", "CKV_AWS_354"]
package shipgate.aws.rds_performance_insights_kms

import data.shipgate.lib

deny contains lib.result(msg, db, db.performance_insights_kms_key) if {
	some db in input.aws.rds.instances
	lib.is_true(db.performance_insights)
	lib.is_null(db.performance_insights_kms_key)
	msg := sprintf("database instance %q encrypts Performance Insights with the AWS managed key; set %s to a customer managed key", [db.resource, db.performance_insights_kms_key.key])
}
