# METADATA
# title: Neptune cluster does not require IAM database authentication
# description: >-
#   Without IAM database authentication, anyone who can reach the cluster endpoint in the
#   VPC can send queries: Neptune has no database users or passwords of its own. With it,
#   every request must be signed by an IAM principal allowed to connect.
# custom:
#   id: AWS-NEPTUNE-005
#   severity: medium
#   input: aws
#   remediation: |
#     Enable IAM database authentication and grant neptune-db:* actions to the roles that
#     query the cluster.
#
#     CloudFormation:
#     ```yaml
#     IamAuthEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       iam_database_authentication_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp Neptune.7", "nist-800-53 AC-3", "devops least-privilege"]
#   aliases: []
package shipgate.aws.neptune_iam_auth

import data.shipgate.lib

deny contains lib.result(msg, x, x.iam_auth) if {
	some x in input.aws.neptune.clusters
	lib.is_false(x.iam_auth)
	msg := sprintf("Neptune cluster %q does not require IAM database authentication%s; set %s to true", [x.resource, lib.value_origin(x.iam_auth), x.iam_auth.key])
}
