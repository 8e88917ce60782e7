# METADATA
# title: AWS Config recorder does not record all supported resource types
# description: >-
#   A recorder limited to a list of resource types (AllSupported false, or a
#   recording strategy that includes or excludes types) keeps no configuration
#   history for everything else, including resource types AWS adds later, so
#   changes to those resources escape Config rules, Security Hub controls and
#   incident investigation. Only a declared recorder is judged; a recorder that
#   leaves AllSupported out is not reported.
# custom:
#   id: AWS-CONFIG-001
#   severity: medium
#   input: aws
#   remediation: |
#     Record all supported resource types (and, in one region, the global IAM types).
#
#     CloudFormation:
#     ```yaml
#     Recorder:
#       Type: AWS::Config::ConfigurationRecorder
#       Properties:
#         RoleARN: !GetAtt ConfigRole.Arn
#         RecordingGroup:
#           AllSupported: true
#           IncludeGlobalResourceTypes: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_config_configuration_recorder" "main" {
#       role_arn = aws_iam_role.config.arn
#       recording_group {
#         all_supported                 = true
#         include_global_resource_types = true
#       }
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.3", "aws-fsbp Config.1", "nist-800-53 CM-8"]
#   aliases: ["CKV2_AWS_48"]
package shipgate.aws.config_record_all

import data.shipgate.lib

deny contains lib.result(msg, r, r.all_supported) if {
	some r in input.aws.config.recorders
	lib.is_false(r.all_supported)
	msg := sprintf("configuration recorder %q records only some resource types (%s is false)%s; record all supported resource types", [r.resource, r.all_supported.key, lib.value_origin(r.all_supported)])
}

deny contains lib.result(msg, r, r.recording_strategy) if {
	some r in input.aws.config.recorders
	not lib.is_false(r.all_supported)
	strategy := lib.string_value(r.recording_strategy)
	strategy in {"INCLUSION_BY_RESOURCE_TYPES", "EXCLUSION_BY_RESOURCE_TYPES"}
	msg := sprintf("configuration recorder %q records only some resource types (%s is %s); record all supported resource types", [r.resource, r.recording_strategy.key, strategy])
}
