# METADATA
# title: OpenSearch domain has no fine-grained access control
# description: >-
#   Without fine-grained access control, the domain's access policy is all-or-nothing:
#   whoever may call the endpoint can read and change every index. Fine-grained access
#   control adds users and roles with index-, document- and field-level permissions, and
#   is required for audit logs.
# custom:
#   id: AWS-OPENSEARCH-008
#   severity: medium
#   input: aws
#   remediation: |
#     Enable fine-grained access control with an IAM master user (it needs HTTPS, node-to-
#     node encryption and encryption at rest).
#
#     CloudFormation:
#     ```yaml
#     AdvancedSecurityOptions:
#       Enabled: true
#       InternalUserDatabaseEnabled: false
#       MasterUserOptions:
#         MasterUserARN: !GetAtt SearchAdminRole.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       advanced_security_options {
#         enabled                        = true
#         internal_user_database_enabled = false
#         master_user_options {
#           master_user_arn = aws_iam_role.search_admin.arn
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.7", "nist-800-53 AC-3", "devops least-privilege"]
#   aliases: []
package shipgate.aws.opensearch_fine_grained_access

import data.shipgate.lib

deny contains lib.result(msg, x, x.fine_grained_access) if {
	some x in input.aws.opensearch.domains
	lib.is_false(x.fine_grained_access)
	msg := sprintf("domain %q has no fine-grained access control%s; set %s to true", [x.resource, lib.value_origin(x.fine_grained_access), x.fine_grained_access.key])
}
