# METADATA
# title: DocumentDB cluster has no deletion protection
# description: >-
#   Without deletion protection a cluster and its data can be deleted by one API call or a
#   stack update that replaces it. Deletion protection makes DocumentDB refuse the delete
#   until the setting is turned off on purpose.
# custom:
#   id: AWS-DOCDB-004
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on deletion protection.
#
#     CloudFormation:
#     ```yaml
#     DeletionProtection: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_docdb_cluster" "catalog" {
#       # ...
#       deletion_protection = true
#     }
#     ```
#   frameworks: ["aws-fsbp DocumentDB.5", "devops resilience"]
#   aliases: []
package shipgate.aws.docdb_deletion_protection

import data.shipgate.lib

deny contains lib.result(msg, x, x.deletion_protection) if {
	some x in input.aws.docdb.clusters
	lib.is_false(x.deletion_protection)
	msg := sprintf("DocumentDB cluster %q has no deletion protection%s; set %s to true", [x.resource, lib.value_origin(x.deletion_protection), x.deletion_protection.key])
}
