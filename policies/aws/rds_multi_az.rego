# METADATA
# title: RDS instance runs in a single Availability Zone
# description: >-
#   A Single-AZ instance is down for as long as its Availability Zone or host is impaired,
#   and during some maintenance. Multi-AZ keeps a synchronous standby in another zone and
#   fails over to it in a minute or two. Worth its cost for production databases; the
#   instances of an Aurora cluster get their availability from the cluster, and SQL Server
#   Express and Web editions cannot run Multi-AZ, so neither is reported.
# custom:
#   id: AWS-RDS-008
#   severity: low
#   input: aws
#   remediation: |
#     Run production instances Multi-AZ.
#
#     CloudFormation:
#     ```yaml
#     MultiAZ: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       multi_az = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.5", "nist-800-53 CP-10", "devops resilience"]
#   aliases: ["CKV_AWS_157"]
package shipgate.aws.rds_multi_az

import data.shipgate.lib

deny contains lib.result(msg, x, x.multi_az) if {
	some x in input.aws.rds.instances
	lib.is_null(x.cluster)
	lib.known(x.engine)
	not lib.lower_value(x.engine) in {"sqlserver-ex", "sqlserver-web"}
	lib.is_false(x.multi_az)
	msg := sprintf("database instance %q runs in a single Availability Zone%s; set %s to true for production", [x.resource, lib.value_origin(x.multi_az), x.multi_az.key])
}
