# METADATA
# title: Redshift cluster has no subnet group
# description: >-
#   A cluster without a cluster subnet group is launched in the default VPC, whose subnets
#   are public and shared by whatever else lands there by default. Naming a subnet group
#   places it in private subnets you chose.
# custom:
#   id: AWS-REDSHIFT-005
#   severity: low
#   input: aws
#   remediation: |
#     Create the cluster in a cluster subnet group of private subnets.
#
#     CloudFormation:
#     ```yaml
#     ClusterSubnetGroupName: !Ref WarehouseSubnets
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       cluster_subnet_group_name = aws_redshift_subnet_group.private.name
#     }
#     ```
#   frameworks: ["nist-800-53 SC-7", "devops hardening"]
#   aliases: ["AVD-AWS-0127", "CKV_AWS_154"]
package shipgate.aws.redshift_subnet_group

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.subnet_group) if {
	some cluster in input.aws.redshift.clusters
	lib.is_null(cluster.subnet_group)
	msg := sprintf("Redshift cluster %q has no subnet group and is created in the default VPC; set %s to a subnet group of private subnets", [cluster.resource, cluster.subnet_group.key])
}
