# METADATA
# title: RDS instance publishes no logs to CloudWatch Logs
# description: >-
#   Database logs (error, slow query, audit, general, PostgreSQL logs) stay on the
#   instance, rotate away after a few days and disappear with it unless they are published
#   to CloudWatch Logs, where they can be retained, searched and alarmed on. The instances
#   of an Aurora cluster publish through the cluster and are not reported.
# custom:
#   id: AWS-RDS-010
#   severity: low
#   input: aws
#   remediation: |
#     Publish the engine's logs to CloudWatch Logs.
#
#     CloudFormation:
#     ```yaml
#     EnableCloudwatchLogsExports:
#       - postgresql
#       - upgrade
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.9", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_129"]
package shipgate.aws.rds_instance_log_exports

import data.shipgate.lib

deny contains lib.result(msg, db, db.log_exports) if {
	some db in input.aws.rds.instances
	lib.is_null(db.cluster)
	lib.known(db.log_exports)
	count(db.log_exports.value) == 0
	msg := sprintf("database instance %q publishes no logs to CloudWatch Logs; list the engine's log types in %s", [db.resource, db.log_exports.key])
}
