# METADATA
# title: Neptune cluster has no deletion protection
# description: >-
#   Without deletion protection a cluster and its graph can be deleted by one API call or
#   a stack update that replaces it. Deletion protection makes Neptune refuse the delete
#   until the setting is turned off on purpose.
# custom:
#   id: AWS-NEPTUNE-004
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
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       deletion_protection = true
#     }
#     ```
#   frameworks: ["aws-fsbp Neptune.4", "devops resilience"]
#   aliases: []
package shipgate.aws.neptune_deletion_protection

import data.shipgate.lib

deny contains lib.result(msg, x, x.deletion_protection) if {
	some x in input.aws.neptune.clusters
	lib.is_false(x.deletion_protection)
	msg := sprintf("Neptune cluster %q has no deletion protection%s; set %s to true", [x.resource, lib.value_origin(x.deletion_protection), x.deletion_protection.key])
}
