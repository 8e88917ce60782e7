# METADATA
# title: RDS cluster does not allow IAM database authentication
# description: >-
#   With IAM database authentication, applications connect with short-lived tokens from
#   their IAM role instead of a long-lived database password that has to be stored,
#   rotated and can leak. Aurora MySQL, Aurora PostgreSQL and Multi-AZ DB clusters support
#   it; Aurora Serverless v1 does not and is not reported.
# custom:
#   id: AWS-RDS-007
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
#     resource "aws_rds_cluster" "db" {
#       # ...
#       iam_database_authentication_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.12", "nist-800-53 AC-3", "devops least-privilege"]
#   aliases: ["CKV_AWS_162"]
package shipgate.aws.rds_cluster_iam_auth

import data.shipgate.lib

deny contains lib.result(msg, db, db.iam_auth) if {
	some db in input.aws.rds.clusters
	lib.lower_value(db.engine) in {"aurora", "aurora-mysql", "aurora-postgresql", "mysql", "postgres"}
	not lib.has_value(db.engine_mode, "serverless")
	lib.known(db.engine_mode)
	lib.is_false(db.iam_auth)
	msg := sprintf("database cluster %q does not allow IAM database authentication; set %s to true", [db.resource, db.iam_auth.key])
}
