# METADATA
# title: CodeDeploy deployment group watches no CloudWatch alarms
# description: >-
#   Without an alarm configuration CodeDeploy only notices a deployment that fails
#   outright; a release that raises the error rate or latency keeps shifting traffic
#   (or instances) to the bad revision. Alarms on the application's health let
#   CodeDeploy stop the deployment, and roll it back with DEPLOYMENT_STOP_ON_ALARM.
#   The rule reports a deployment group without alarms, or whose alarm configuration
#   is turned off; alarms listed without Enabled are not judged.
# custom:
#   id: AWS-CODEDEPLOY-002
#   severity: low
#   input: aws
#   remediation: |
#     Add the alarms that watch the application's health (errors, latency) and enable
#     the alarm configuration, with rollback on alarm.
#
#     CloudFormation:
#     ```yaml
#     AlarmConfiguration:
#       Enabled: true
#       Alarms:
#         - Name: !Ref ErrorRateAlarm
#     AutoRollbackConfiguration:
#       Enabled: true
#       Events: [DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codedeploy_deployment_group" "app" {
#       # ...
#       alarm_configuration {
#         enabled = true
#         alarms  = [aws_cloudwatch_metric_alarm.errors.alarm_name]
#       }
#       auto_rollback_configuration {
#         enabled = true
#         events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
#       }
#     }
#     ```
#   frameworks: ["devops deployment-safety", "devops observability"]
package shipgate.aws.codedeploy_alarms

import data.shipgate.lib

deny contains lib.result(msg, g, g.alarms.enabled) if {
	some g in input.aws.codedeploy.deployment_groups
	lib.is_false(g.alarms.enabled)
	lib.written(g.alarms.enabled)
	msg := sprintf("deployment group %q has its alarm configuration turned off (%s is false); enable it so that a deployment stops when the application's alarms fire", [g.resource, g.alarms.enabled.key])
}

deny contains lib.result(msg, g, g.alarms.enabled) if {
	some g in input.aws.codedeploy.deployment_groups
	lib.missing(g.alarms.enabled)
	no_alarms(g.alarms.names)
	msg := sprintf("deployment group %q watches no CloudWatch alarms (%s not set); add alarms on the application's health so that a bad deployment stops and rolls back", [g.resource, g.alarms.enabled.key])
}

no_alarms(names) if lib.is_null(names)

no_alarms(names) if {
	lib.known(names)
	count(names.value) == 0
}
