# METADATA
# title: OpenSearch domain does not encrypt traffic between nodes
# description: >-
#   Without node-to-node encryption, the nodes of a domain exchange index data and search
#   results in plain text inside the VPC. It is required for fine-grained access control
#   and is off unless enabled.
# custom:
#   id: AWS-OPENSEARCH-002
#   severity: high
#   input: aws
#   remediation: |
#     Enable node-to-node encryption.
#
#     CloudFormation:
#     ```yaml
#     NodeToNodeEncryptionOptions:
#       Enabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       node_to_node_encryption {
#         enabled = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.3", "aws-fsbp ES.3", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["AVD-AWS-0043", "CKV_AWS_6"]
package shipgate.aws.opensearch_node_to_node

import data.shipgate.lib

deny contains lib.result(msg, x, x.node_to_node_encryption) if {
	some x in input.aws.opensearch.domains
	lib.is_false(x.node_to_node_encryption)
	msg := sprintf("domain %q does not encrypt traffic between its nodes%s; set %s to true", [x.resource, lib.value_origin(x.node_to_node_encryption), x.node_to_node_encryption.key])
}
