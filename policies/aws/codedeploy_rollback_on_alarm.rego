# METADATA
# title: CodeDeploy deployment group stops on alarms but does not roll back
# description: >-
#   With alarms enabled and automatic rollback on, but without
#   DEPLOYMENT_STOP_ON_ALARM among the rollback events, an alarm stops the deployment
#   and leaves the fleet, Lambda alias or ECS service partly on the revision that
#   raised it until someone rolls back by hand. A group without rollback at all is
#   reported by AWS-CODEDEPLOY-001.
# custom:
#   id: AWS-CODEDEPLOY-003
#   severity: medium
#   input: aws
#   remediation: |
#     Roll back when an alarm stops the deployment.
#
#     CloudFormation:
#     ```yaml
#     AutoRollbackConfiguration:
#       Enabled: true
#       Events:
#         - DEPLOYMENT_FAILURE
#         - DEPLOYMENT_STOP_ON_ALARM
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codedeploy_deployment_group" "app" {
#       # ...
#       auto_rollback_configuration {
#         enabled = true
#         events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
#       }
#     }
#     ```
#   frameworks: ["devops deployment-safety"]
package shipgate.aws.codedeploy_rollback_on_alarm

import data.shipgate.lib

deny contains lib.result(msg, g, g.auto_rollback.events) if {
	some g in input.aws.codedeploy.deployment_groups
	lib.is_true(g.alarms.enabled)
	lib.is_true(g.auto_rollback.enabled)
	lib.lacks_value(g.auto_rollback.events, "DEPLOYMENT_STOP_ON_ALARM")
	msg := sprintf("deployment group %q stops deployments on alarms but does not roll them back; add DEPLOYMENT_STOP_ON_ALARM to %s", [g.resource, g.auto_rollback.events.key])
}
