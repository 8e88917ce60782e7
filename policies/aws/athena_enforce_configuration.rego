# METADATA
# title: Athena workgroup lets clients override its settings
# description: >-
#   With EnforceWorkGroupConfiguration off, each client may use its own result location
#   and encryption settings instead of the workgroup's, so the workgroup's result
#   encryption and location are suggestions rather than guarantees.
# custom:
#   id: AWS-ATHENA-002
#   severity: medium
#   input: aws
#   remediation: |
#     Enforce the workgroup configuration.
#
#     CloudFormation:
#     ```yaml
#     WorkGroupConfiguration:
#       EnforceWorkGroupConfiguration: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_athena_workgroup" "analytics" {
#       # ...
#       configuration {
#         enforce_workgroup_configuration = true
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 CM-6", "devops hardening"]
#   aliases: ["AVD-AWS-0007", "CKV_AWS_82"]
package shipgate.aws.athena_enforce_configuration

import data.shipgate.lib

deny contains lib.result(msg, group, group.enforce_configuration) if {
	some group in input.aws.athena.workgroups
	lib.is_false(group.enforce_configuration)
	msg := sprintf("workgroup %q lets clients override its result location and encryption; set %s to true", [group.resource, group.enforce_configuration.key])
}
