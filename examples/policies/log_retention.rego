# METADATA
# title: Log groups keep events for at least a year
# description: >-
#   ACME's audit policy asks for one year of application logs. The built-in
#   AWS-LOGS-001 only asks that a retention be set; this policy asks for 365
#   days or more. Copy this directory, change the package, id and numbers, and
#   run "shipgate policies test" on it.
# custom:
#   id: ACME-LOGS-001
#   severity: medium
#   input: aws
#   remediation: |
#     CloudFormation: set RetentionInDays to 365 or more (or leave it out to keep
#     events forever). Terraform: set retention_in_days = 365 or more.
#   frameworks: ["ACME audit 4.2"]
package acme.log_retention

import data.shipgate.lib

# minimum is the shortest retention ACME accepts, in days.
minimum := 365

deny contains lib.result(msg, g, g.retention_days) if {
	some g in input.aws.logs.log_groups
	days := g.retention_days.value
	lib.known(g.retention_days)
	is_number(days)
	days < minimum
	msg := sprintf("log group %q keeps events for %d days; set %s to %d or more", [g.resource, days, g.retention_days.key, minimum])
}
