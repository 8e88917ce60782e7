# METADATA
# title: RDS instance does not take minor version upgrades
# description: >-
#   Minor engine versions carry security fixes. With automatic minor version upgrades
#   turned off, an instance stays on the version it was created with until someone
#   upgrades it by hand, and RDS eventually forces the upgrade at a time of its choosing
#   when the version reaches end of support.
# custom:
#   id: AWS-RDS-014
#   severity: medium
#   input: aws
#   remediation: |
#     Leave automatic minor version upgrades on (the default).
#
#     CloudFormation:
#     ```yaml
#     AutoMinorVersionUpgrade: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       auto_minor_version_upgrade = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.13", "nist-800-53 SI-2", "devops hardening"]
#   aliases: ["CKV_AWS_226"]
package shipgate.aws.rds_instance_minor_upgrade

import data.shipgate.lib

deny contains lib.result(msg, x, x.auto_minor_version_upgrade) if {
	some x in input.aws.rds.instances
	lib.is_false(x.auto_minor_version_upgrade)
	msg := sprintf("database instance %q turns automatic minor version upgrades off%s; set %s to true", [x.resource, lib.value_origin(x.auto_minor_version_upgrade), x.auto_minor_version_upgrade.key])
}
