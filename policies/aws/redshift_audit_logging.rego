# METADATA
# title: Redshift cluster has no audit logging
# description: >-
#   Audit logging records connections, user changes and, with the parameter
#   enable_user_activity_logging, every query run. Without it there is no record of who
#   read or changed the warehouse's data.
# custom:
#   id: AWS-REDSHIFT-004
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on audit logging to CloudWatch Logs or S3.
#
#     CloudFormation:
#     ```yaml
#     LoggingProperties:
#       LogDestinationType: cloudwatch
#       LogExports: [connectionlog, userlog, useractivitylog]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_redshift_logging" "warehouse" {
#       cluster_identifier   = aws_redshift_cluster.warehouse.id
#       log_destination_type = "cloudwatch"
#       log_exports          = ["connectionlog", "userlog", "useractivitylog"]
#     }
#     ```
#   frameworks: ["aws-fsbp Redshift.4", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_71"]
package shipgate.aws.redshift_audit_logging

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.logging) if {
	some cluster in input.aws.redshift.clusters
	lib.is_false(cluster.logging)
	msg := sprintf("Redshift cluster %q has no audit logging; configure %s", [cluster.resource, cluster.logging.key])
}
