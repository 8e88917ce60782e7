# METADATA
# title: OpenSearch domain is not encrypted at rest
# description: >-
#   Without encryption at rest, a domain's indices, swap files, logs and automated
#   snapshots are stored unencrypted. It is off unless enabled when the domain is created
#   through the API, CloudFormation or Terraform.
# custom:
#   id: AWS-OPENSEARCH-001
#   severity: high
#   input: aws
#   remediation: |
#     Enable encryption at rest, optionally with a customer managed key.
#
#     CloudFormation:
#     ```yaml
#     EncryptionAtRestOptions:
#       Enabled: true
#       KmsKeyId: !Ref SearchKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       encrypt_at_rest {
#         enabled    = true
#         kms_key_id = aws_kms_key.search.key_id
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.1", "aws-fsbp ES.1", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0048", "CKV_AWS_5"]
package shipgate.aws.opensearch_encryption_at_rest

import data.shipgate.lib

deny contains lib.result(msg, x, x.encryption_at_rest) if {
	some x in input.aws.opensearch.domains
	lib.is_false(x.encryption_at_rest)
	msg := sprintf("domain %q is not encrypted at rest%s; set %s to true", [x.resource, lib.value_origin(x.encryption_at_rest), x.encryption_at_rest.key])
}
