# METADATA
# title: RDS instance has no deletion protection
# description: >-
#   Without deletion protection a database instance can be deleted by one API call, a
#   console click or a stack update that replaces it. Deletion protection makes RDS refuse
#   the delete until the setting is turned off on purpose. The instances of an Aurora
#   cluster are protected by the cluster's setting and are not reported.
# custom:
#   id: AWS-RDS-004
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on deletion protection for databases that hold data you need.
#
#     CloudFormation:
#     ```yaml
#     DeletionProtection: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       deletion_protection = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.8", "devops resilience"]
#   aliases: ["AVD-AWS-0177", "CKV_AWS_293"]
package shipgate.aws.rds_instance_deletion_protection

import data.shipgate.lib

deny contains lib.result(msg, x, x.deletion_protection) if {
	some x in input.aws.rds.instances
	lib.is_null(x.cluster)
	lib.is_false(x.deletion_protection)
	msg := sprintf("database instance %q has no deletion protection%s; set %s to true", [x.resource, lib.value_origin(x.deletion_protection), x.deletion_protection.key])
}
