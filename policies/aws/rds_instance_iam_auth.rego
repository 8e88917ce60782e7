# METADATA
# title: RDS instance does not allow IAM database authentication
# description: >-
#   With IAM database authentication, applications connect with short-lived tokens from
#   their IAM role instead of a long-lived database password that has to be stored,
#   rotated and can leak. It is available for MySQL, MariaDB and PostgreSQL; other
#   engines, and the instances of an Aurora cluster (whose cluster decides), are not
#   reported.
# custom:
#   id: AWS-RDS-006
#   severity: medium
#   input: aws
#   remediation: |
#     Enable IAM database authentication and grant rds-db:connect to the roles that
#     connect.
#
#     CloudFormation:
#     ```yaml
#     EnableIAMDatabaseAuthentication: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       iam_database_authentication_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.10", "nist-800-53 AC-3", "devops least-privilege"]
#   aliases: ["AVD-AWS-0176", "CKV_AWS_161"]
package shipgate.aws.rds_instance_iam_auth

import data.shipgate.lib

deny contains lib.result(msg, db, db.iam_auth) if {
	some db in input.aws.rds.instances
	lib.is_null(db.cluster)
	lib.lower_value(db.engine) in {"mysql", "mariadb", "postgres"}
	lib.is_false(db.iam_auth)
	msg := sprintf("database instance %q does not allow IAM database authentication; set %s to true", [db.resource, db.iam_auth.key])
}
