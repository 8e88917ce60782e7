# METADATA
# title: Secrets Manager secret is rotated less often than every 90 days
# description: >-
#   A rotation schedule longer than 90 days leaves a leaked secret usable for months.
#   AWS Foundational Security Best Practices and most credential policies ask for
#   rotation at least every 90 days.
# custom:
#   id: AWS-SECRETSMANAGER-003
#   severity: low
#   input: aws
#   remediation: |
#     Rotate the secret every 90 days or more often.
#
#     CloudFormation:
#     ```yaml
#     RotationRules:
#       AutomaticallyAfterDays: 30
#     ```
#
#     Terraform:
#     ```hcl
#     rotation_rules {
#       automatically_after_days = 30
#     }
#     ```
#   frameworks: ["aws-fsbp SecretsManager.4", "devops secrets"]
#   aliases: ["CKV_AWS_304"]
package shipgate.aws.secretsmanager_rotation_interval

import data.shipgate.lib

deny contains lib.result(msg, s, s.rotation.after_days) if {
	some s in input.aws.secretsmanager.secrets
	lib.known(s.rotation.after_days)
	days := s.rotation.after_days.value
	is_number(days)
	days > 90
	msg := sprintf("secret %q is rotated every %v days (%s); rotate it at least every 90 days", [s.resource, days, s.rotation.after_days.key])
}

# A rate expression in days: rate(120 days).
deny contains lib.result(msg, s, s.rotation.schedule_expression) if {
	some s in input.aws.secretsmanager.secrets
	expr := lib.string_value(s.rotation.schedule_expression)
	[match] := regex.find_all_string_submatch_n(`^\s*rate\(\s*([0-9]+)\s+days?\s*\)\s*$`, expr, 1)
	days := to_number(match[1])
	days > 90
	msg := sprintf("secret %q is rotated every %v days (%s %q); rotate it at least every 90 days", [s.resource, days, s.rotation.schedule_expression.key, expr])
}
