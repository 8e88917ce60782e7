# METADATA
# title: CodeDeploy deployment group does not roll back failed deployments
# description: >-
#   Without automatic rollback on DEPLOYMENT_FAILURE a failed deployment leaves the
#   fleet (EC2, Lambda alias or ECS service) half on the new revision until someone
#   intervenes by hand. This applies to every compute platform.
# custom:
#   id: AWS-CODEDEPLOY-001
#   severity: medium
#   input: aws
#   remediation: |
#     Roll back automatically when a deployment fails (and on alarms, if you have them).
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
package shipgate.aws.codedeploy_auto_rollback

import data.shipgate.lib

deny contains lib.result(msg, g, g.auto_rollback.enabled) if {
	some g in input.aws.codedeploy.deployment_groups
	lib.is_false(g.auto_rollback.enabled)
	msg := sprintf("deployment group %q does not roll back failed deployments (%s is false); turn automatic rollback on for DEPLOYMENT_FAILURE", [g.resource, g.auto_rollback.enabled.key])
}

# Rollback on, but not for failures: an events list that is fully known and
# lacks DEPLOYMENT_FAILURE.
deny contains lib.result(msg, g, g.auto_rollback.events) if {
	some g in input.aws.codedeploy.deployment_groups
	lib.is_true(g.auto_rollback.enabled)
	lib.lacks_value(g.auto_rollback.events, "DEPLOYMENT_FAILURE")
	msg := sprintf("deployment group %q does not roll back on DEPLOYMENT_FAILURE; add it to %s", [g.resource, g.auto_rollback.events.key])
}
