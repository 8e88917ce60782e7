# METADATA
# title: RDS cluster publishes no logs to CloudWatch Logs
# description: >-
#   Database logs (error, slow query, audit, PostgreSQL logs) stay with the cluster,
#   rotate away after a few days and disappear with it unless they are published to
#   CloudWatch Logs, where they can be retained, searched and alarmed on. Aurora
#   Serverless v1 cannot publish logs this way and is not reported.
# custom:
#   id: AWS-RDS-011
#   severity: low
#   input: aws
#   remediation: |
#     Publish the engine's logs to CloudWatch Logs.
#
#     CloudFormation:
#     ```yaml
#     EnableCloudwatchLogsExports:
#       - postgresql
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_rds_cluster" "db" {
#       # ...
#       enabled_cloudwatch_logs_exports = ["postgresql"]
#     }
#     ```
#   frameworks: ["nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_324"]
package shipgate.aws.rds_cluster_log_exports

import data.shipgate.lib

deny contains lib.result(msg, db, db.log_exports) if {
	some db in input.aws.rds.clusters
	lib.known(db.engine_mode)
	not lib.has_value(db.engine_mode, "serverless")
	lib.known(db.log_exports)
	count(db.log_exports.value) == 0
	msg := sprintf("database cluster %q publishes no logs to CloudWatch Logs; list the engine's log types in %s", [db.resource, db.log_exports.key])
}
