# METADATA
# title: Redshift cluster is publicly accessible
# description: >-
#   A publicly accessible cluster gets a public IP address, so only its security group and
#   credentials stand between the warehouse and the internet. Redshift makes new clusters
#   private by default since January 2025; a cluster that asks for public access
#   explicitly is reported.
# custom:
#   id: AWS-REDSHIFT-003
#   severity: high
#   input: aws
#   remediation: |
#     Keep the cluster private and reach it through the VPC.
#
#     CloudFormation:
#     ```yaml
#     PubliclyAccessible: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       publicly_accessible = false
#     }
#     ```
#   frameworks: ["aws-fsbp Redshift.1", "nist-800-53 AC-3", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_87"]
package shipgate.aws.redshift_public

import data.shipgate.lib

deny contains lib.result(msg, x, x.publicly_accessible) if {
	some x in input.aws.redshift.clusters
	lib.is_true(x.publicly_accessible)
	msg := sprintf("Redshift cluster %q is publicly accessible%s; set %s to false", [x.resource, lib.value_origin(x.publicly_accessible), x.publicly_accessible.key])
}
