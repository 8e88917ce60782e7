# METADATA
# title: CodeDeploy deploys to production all at once
# description: >-
#   The predefined AllAtOnce configurations (CodeDeployDefault.AllAtOnce,
#   LambdaAllAtOnce, ECSAllAtOnce) send every instance, or all traffic, to the new
#   revision in one step, so a bad release reaches every user before an alarm or a
#   health check can stop it. Production deployment groups should shift gradually:
#   one instance or half of them at a time, or canary and linear traffic shifting
#   for Lambda and ECS. A group counts as production when its name, its address or
#   its application has the word prod or production; a configuration that is not
#   written (or comes from a parameter without a default) is not judged.
# custom:
#   id: AWS-CODEDEPLOY-004
#   severity: medium
#   input: aws
#   remediation: |
#     Use a gradual deployment configuration for production.
#
#     CloudFormation:
#     ```yaml
#     DeploymentConfigName: CodeDeployDefault.LambdaCanary10Percent5Minutes
#     # EC2: CodeDeployDefault.OneAtATime or HalfAtATime
#     # ECS: CodeDeployDefault.ECSCanary10Percent5Minutes
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codedeploy_deployment_group" "prod" {
#       # ...
#       deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"
#     }
#     ```
#   frameworks: ["devops deployment-safety"]
package shipgate.aws.codedeploy_all_at_once_production

import data.shipgate.lib

all_at_once := {"CodeDeployDefault.AllAtOnce", "CodeDeployDefault.LambdaAllAtOnce", "CodeDeployDefault.ECSAllAtOnce"}

deny contains lib.result(msg, g, g.deployment_config) if {
	some g in input.aws.codedeploy.deployment_groups
	config := lib.string_value(g.deployment_config)
	config in all_at_once
	production_group(g)
	msg := sprintf("production deployment group %q deploys all at once (%s is %q)%s; shift gradually with a canary, linear, one-at-a-time or half-at-a-time configuration", [g.resource, g.deployment_config.key, config, lib.value_origin(g.deployment_config)])
}

production_group(g) if production(lib.string_value(g.name))

production_group(g) if production(g.resource)

production_group(g) if production(lib.string_value(g.application))

production(name) if {
	some word in lib.words(name)
	word in {"prod", "production"}
}
