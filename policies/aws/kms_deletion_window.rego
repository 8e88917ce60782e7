# METADATA
# title: KMS key has a deletion window shorter than 30 days
# description: >-
#   Deleting a KMS key destroys every piece of data encrypted under it for good. The
#   waiting period between scheduling the deletion and the deletion is the only time
#   to notice a mistaken or malicious request and cancel it; it is 30 days unless set
#   lower, down to 7. A stack update that removes the key, or a compromised
#   pipeline, schedules that deletion without anyone reviewing it.
# custom:
#   id: AWS-KMS-003
#   severity: low
#   input: aws
#   remediation: |
#     Keep the maximum waiting period of 30 days (the default: remove the setting).
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::KMS::Key
#     Properties:
#       PendingWindowInDays: 30
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_kms_key" "data" {
#       deletion_window_in_days = 30
#     }
#     ```
#   frameworks: ["devops resilience"]
#   aliases: []
package shipgate.aws.kms_deletion_window

import data.shipgate.lib

deny contains lib.result(msg, k, k.deletion_window_days) if {
	some k in input.aws.kms.keys
	lib.known(k.deletion_window_days)
	days := k.deletion_window_days.value
	is_number(days)
	days < 30
	msg := sprintf("KMS key %q is deleted %v days after its deletion is scheduled (%s%s); keep the 30-day window so a mistaken deletion can be cancelled", [k.resource, days, k.deletion_window_days.key, lib.value_origin(k.deletion_window_days)])
}
