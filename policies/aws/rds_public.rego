# METADATA
# title: RDS instance is publicly accessible
# description: >-
#   A publicly accessible instance gets a public DNS name and address, so only its
#   security group and password stand between the database and the internet. Databases
#   belong in private subnets, reached through the application or a bastion.
# custom:
#   id: AWS-RDS-002
#   severity: high
#   input: aws
#   remediation: |
#     Keep the instance private, in private subnets.
#
#     CloudFormation:
#     ```yaml
#     PubliclyAccessible: false
#     DBSubnetGroupName: !Ref PrivateSubnets
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       publicly_accessible  = false
#       db_subnet_group_name = aws_db_subnet_group.private.name
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.2", "nist-800-53 AC-3", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_17", "AVD-AWS-0180", "F22", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK"]
package shipgate.aws.rds_public

import data.shipgate.lib

deny contains lib.result(msg, db, db.publicly_accessible) if {
	some db in input.aws.rds.instances
	lib.is_true(db.publicly_accessible)
	msg := sprintf("database instance %q is publicly accessible; set %s to false and place it in private subnets", [db.resource, db.publicly_accessible.key])
}
