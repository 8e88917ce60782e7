# METADATA
# title: RDS instance does not copy its tags to snapshots
# description: >-
#   Snapshots that carry the instance's tags stay attributable: cost allocation,
#   ownership, data classification and tag-based access policies keep applying to them.
#   Without copying, snapshots are untagged and easy to lose track of. The instances of an
#   Aurora cluster follow the cluster's setting and are not reported.
# custom:
#   id: AWS-RDS-016
#   severity: low
#   input: aws
#   remediation: |
#     Copy tags to snapshots.
#
#     CloudFormation:
#     ```yaml
#     CopyTagsToSnapshot: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       copy_tags_to_snapshot = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.17", "devops hardening"]
#   aliases: []
package shipgate.aws.rds_instance_copy_tags

import data.shipgate.lib

deny contains lib.result(msg, x, x.copy_tags_to_snapshot) if {
	some x in input.aws.rds.instances
	lib.is_null(x.cluster)
	lib.is_false(x.copy_tags_to_snapshot)
	msg := sprintf("database instance %q does not copy its tags to snapshots%s; set %s to true", [x.resource, lib.value_origin(x.copy_tags_to_snapshot), x.copy_tags_to_snapshot.key])
}
