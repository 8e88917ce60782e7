# METADATA
# title: DocumentDB cluster does not publish audit logs
# description: >-
#   Audit logs record authentication, authorization failures and changes to users and
#   collections. Without them in CloudWatch Logs there is no trail to investigate misuse
#   of the database. The cluster parameter audit_logs must be enabled too.
# custom:
#   id: AWS-DOCDB-002
#   severity: medium
#   input: aws
#   remediation: |
#     Publish audit logs to CloudWatch Logs and set the cluster parameter audit_logs to
#     enabled.
#
#     CloudFormation:
#     ```yaml
#     EnableCloudwatchLogsExports:
#       - audit
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_docdb_cluster" "catalog" {
#       # ...
#       enabled_cloudwatch_logs_exports = ["audit"]
#     }
#     ```
#   frameworks: ["aws-fsbp DocumentDB.4", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0020", "CKV_AWS_85"]
package shipgate.aws.docdb_audit_logs

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.log_exports) if {
	some cluster in input.aws.docdb.clusters
	lib.lacks_value(cluster.log_exports, "audit")
	msg := sprintf("DocumentDB cluster %q does not publish audit logs to CloudWatch Logs; add audit to %s", [cluster.resource, cluster.log_exports.key])
}
