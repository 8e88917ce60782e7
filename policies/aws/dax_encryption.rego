# METADATA
# title: DAX cluster is not encrypted at rest
# description: >-
#   A DAX cluster caches items read from DynamoDB tables on its nodes' disks. Tables are
#   always encrypted at rest, but a DAX cluster is only if server-side encryption is
#   turned on when it is created; it cannot be turned on later.
# custom:
#   id: AWS-DYNAMODB-003
#   severity: high
#   input: aws
#   remediation: |
#     Create the cluster with server-side encryption.
#
#     CloudFormation:
#     ```yaml
#     SSESpecification:
#       SSEEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_dax_cluster" "cache" {
#       # ...
#       server_side_encryption {
#         enabled = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp DynamoDB.3", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0023", "CKV_AWS_47"]
package shipgate.aws.dax_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.sse_enabled) if {
	some x in input.aws.dax.clusters
	lib.is_false(x.sse_enabled)
	msg := sprintf("DAX cluster %q is not encrypted at rest%s; set %s to true", [x.resource, lib.value_origin(x.sse_enabled), x.sse_enabled.key])
}
