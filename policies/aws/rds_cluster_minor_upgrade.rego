# METADATA
# title: RDS cluster does not take minor version upgrades
# description: >-
#   Minor engine versions carry security fixes. With automatic minor version upgrades
#   turned off, a cluster stays on the version it was created with until someone upgrades
#   it by hand.
# custom:
#   id: AWS-RDS-015
#   severity: medium
#   input: aws
#   remediation: |
#     Leave automatic minor version upgrades on.
#
#     CloudFormation:
#     ```yaml
#     AutoMinorVersionUpgrade: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_rds_cluster" "db" {
#       # ...
#       auto_minor_version_upgrade = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.35", "nist-800-53 SI-2", "devops hardening"]
#   aliases: []
package shipgate.aws.rds_cluster_minor_upgrade

import data.shipgate.lib

deny contains lib.result(msg, x, x.auto_minor_version_upgrade) if {
	some x in input.aws.rds.clusters
	lib.is_false(x.auto_minor_version_upgrade)
	msg := sprintf("database cluster %q turns automatic minor version upgrades off%s; set %s to true", [x.resource, lib.value_origin(x.auto_minor_version_upgrade), x.auto_minor_version_upgrade.key])
}
