# METADATA
# title: RDS cluster has no deletion protection
# description: >-
#   Without deletion protection a database cluster, and with it every instance and the
#   shared storage, can be deleted by one API call or a stack update that replaces it.
#   Deletion protection makes RDS refuse the delete until the setting is turned off on
#   purpose.
# custom:
#   id: AWS-RDS-005
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on deletion protection for clusters that hold data you need.
#
#     CloudFormation:
#     ```yaml
#     DeletionProtection: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_rds_cluster" "db" {
#       # ...
#       deletion_protection = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.7", "devops resilience"]
#   aliases: ["AVD-AWS-0343", "CKV_AWS_139"]
package shipgate.aws.rds_cluster_deletion_protection

import data.shipgate.lib

deny contains lib.result(msg, x, x.deletion_protection) if {
	some x in input.aws.rds.clusters
	lib.is_false(x.deletion_protection)
	msg := sprintf("database cluster %q has no deletion protection%s; set %s to true", [x.resource, lib.value_origin(x.deletion_protection), x.deletion_protection.key])
}
