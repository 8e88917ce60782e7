# METADATA
# title: Neptune cluster does not publish audit logs
# description: >-
#   Audit logs record every query sent to the cluster with the client that sent it.
#   Without them in CloudWatch Logs there is no trail to investigate misuse of the graph.
#   The cluster parameter neptune_enable_audit_log must be enabled too.
# custom:
#   id: AWS-NEPTUNE-002
#   severity: medium
#   input: aws
#   remediation: |
#     Publish audit logs to CloudWatch Logs and set the cluster parameter
#     neptune_enable_audit_log to 1.
#
#     CloudFormation:
#     ```yaml
#     EnableCloudwatchLogsExports:
#       - audit
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       enable_cloudwatch_logs_exports = ["audit"]
#     }
#     ```
#   frameworks: ["aws-fsbp Neptune.2", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0075", "CKV_AWS_101"]
package shipgate.aws.neptune_audit_logs

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.log_exports) if {
	some cluster in input.aws.neptune.clusters
	lib.lacks_value(cluster.log_exports, "audit")
	msg := sprintf("Neptune cluster %q does not publish audit logs to CloudWatch Logs; add audit to %s", [cluster.resource, cluster.log_exports.key])
}
