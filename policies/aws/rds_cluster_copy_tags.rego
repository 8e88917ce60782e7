# METADATA
# title: RDS cluster does not copy its tags to snapshots
# description: >-
#   Snapshots that carry the cluster's tags stay attributable: cost allocation, ownership,
#   data classification and tag-based access policies keep applying to them. Without
#   copying, snapshots are untagged and easy to lose track of.
# custom:
#   id: AWS-RDS-017
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
#     resource "aws_rds_cluster" "db" {
#       # ...
#       copy_tags_to_snapshot = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.16", "devops hardening"]
#   aliases: ["CKV_AWS_313"]
package shipgate.aws.rds_cluster_copy_tags

import data.shipgate.lib

deny contains lib.result(msg, x, x.copy_tags_to_snapshot) if {
	some x in input.aws.rds.clusters
	lib.is_false(x.copy_tags_to_snapshot)
	msg := sprintf("database cluster %q does not copy its tags to snapshots%s; set %s to true", [x.resource, lib.value_origin(x.copy_tags_to_snapshot), x.copy_tags_to_snapshot.key])
}
