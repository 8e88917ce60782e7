# METADATA
# title: DAX cluster endpoint does not use TLS
# description: >-
#   Without endpoint encryption, clients talk to a DAX cluster in plain text, so anyone
#   who can observe the VPC traffic reads the cached items and the requests. The setting
#   can only be chosen when the cluster is created.
# custom:
#   id: AWS-DYNAMODB-004
#   severity: medium
#   input: aws
#   remediation: |
#     Create the cluster with TLS endpoint encryption.
#
#     CloudFormation:
#     ```yaml
#     ClusterEndpointEncryptionType: TLS
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_dax_cluster" "cache" {
#       # ...
#       cluster_endpoint_encryption_type = "TLS"
#     }
#     ```
#   frameworks: ["aws-fsbp DynamoDB.7", "nist-800-53 SC-8", "devops hardening"]
#   aliases: []
package shipgate.aws.dax_tls

import data.shipgate.lib

deny contains lib.result(msg, x, x.endpoint_encryption) if {
	some x in input.aws.dax.clusters
	lib.has_value(x.endpoint_encryption, "NONE")
	msg := sprintf("DAX cluster %q accepts unencrypted connections%s; set %s to TLS", [x.resource, lib.value_origin(x.endpoint_encryption), x.endpoint_encryption.key])
}
