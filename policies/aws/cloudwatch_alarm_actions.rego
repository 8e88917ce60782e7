# METADATA
# title: CloudWatch alarm notifies no one
# description: >-
#   An alarm with no alarm actions, or with its actions disabled, changes state in the
#   console and nothing else: no one is paged, no ticket is opened, nothing scales or
#   stops. Alarms that another resource of the template watches (a composite alarm's
#   rule, the rollback alarms of a CodeDeploy deployment group or of a SAM function's
#   DeploymentPreference) are not reported, since they act through it.
# custom:
#   id: AWS-CLOUDWATCH-001
#   severity: low
#   input: aws
#   remediation: |
#     Send the alarm to an SNS topic (or another action) and keep actions enabled.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudWatch::Alarm
#     Properties:
#       AlarmActions: [!Ref OnCallTopic]
#       ActionsEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudwatch_metric_alarm" "errors" {
#       alarm_name          = "api-errors"
#       comparison_operator = "GreaterThanThreshold"
#       evaluation_periods  = 1
#       threshold           = 5
#       alarm_actions       = [aws_sns_topic.on_call.arn]
#     }
#     ```
#   frameworks: ["nist-800-53 SI-4", "nist-800-53 IR-6", "devops observability"]
#   aliases: ["CKV_AWS_319"]
package shipgate.aws.cloudwatch_alarm_actions

import data.shipgate.lib

deny contains lib.result(msg, a, a.actions_enabled) if {
	some a in input.aws.cloudwatch.alarms
	lib.is_false(a.actions_enabled)
	not watched(a)
	msg := sprintf("alarm %q has its actions disabled, so it notifies no one; set %s to true", [a.resource, a.actions_enabled.key])
}

deny contains lib.result(msg, a, a.alarm_actions) if {
	some a in input.aws.cloudwatch.alarms
	not lib.is_false(a.actions_enabled)
	lib.known(a.alarm_actions)
	not lib.has_unknown_item(a.alarm_actions)
	count(a.alarm_actions.value) == 0
	not watched(a)
	msg := sprintf("alarm %q has no alarm actions, so it notifies no one; set %s to an SNS topic or another action", [a.resource, a.alarm_actions.key])
}

# watched is true for an alarm that another resource may act on: a
# composite alarm whose rule names it (or cannot be read), or a CodeDeploy
# deployment group or SAM function that rolls back on it (or whose alarms
# cannot be read).
watched(_) if some_composite_unknown

watched(_) if some_deployment_alarm_unknown

watched(_) if some_sam_alarm_unknown

watched(a) if lib.string_value(a.name) in deployment_alarms

watched(a) if a.resource in sam_alarms

watched(a) if lib.string_value(a.name) in sam_alarms

watched(a) if {
	some n in {lib.string_value(a.name), a.resource}
	some r in composite_rules
	contains(r, n)
}

composite_rules contains r if {
	some c in input.aws.cloudwatch.composite_alarms
	r := lib.string_value(c.rule)
}

some_composite_unknown if {
	some c in input.aws.cloudwatch.composite_alarms
	not lib.string_value(c.rule)
}

deployment_alarms contains n if {
	some g in input.aws.codedeploy.deployment_groups
	some n in lib.items(g.alarms.names)
}

# sam_alarms are the alarms a SAM function's DeploymentPreference rolls
# back on.
sam_alarms contains n if {
	some f in input.aws.lambda.functions
	some n in lib.items(f.deployment_alarms)
}

some_sam_alarm_unknown if {
	some f in input.aws.lambda.functions
	lib.has_unknown_item(f.deployment_alarms)
}

some_deployment_alarm_unknown if {
	some g in input.aws.codedeploy.deployment_groups
	lib.has_unknown_item(g.alarms.names)
}
