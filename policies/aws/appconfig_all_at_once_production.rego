# METADATA
# title: AppConfig deploys to production all at once
# description: >-
#   A configuration change reaches every target of a production environment at once
#   when its deployment uses the predefined AppConfig.AllAtOnce strategy or a
#   strategy of the template with a GrowthFactor of 100. A bad flag or setting then
#   hits all users before an alarm can stop it; a linear or canary strategy exposes a
#   fraction first and lets the environment's monitors roll it back. An environment
#   counts as production when its name or address has the word prod or production;
#   deployments to environments or with strategies that are not declared in the
#   document are not judged.
# custom:
#   id: AWS-APPCONFIG-001
#   severity: medium
#   input: aws
#   remediation: |
#     Deploy to production gradually, with a bake time and alarm monitors on the
#     environment.
#
#     CloudFormation:
#     ```yaml
#     ProdDeployment:
#       Type: AWS::AppConfig::Deployment
#       Properties:
#         # ...
#         DeploymentStrategyId: AppConfig.Linear20PercentEvery6Minutes
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_appconfig_deployment" "prod" {
#       # ...
#       deployment_strategy_id = "AppConfig.Linear20PercentEvery6Minutes"
#     }
#     ```
#   frameworks: ["devops deployment-safety"]
package shipgate.aws.appconfig_all_at_once_production

import data.shipgate.lib

deny contains lib.result(msg, d, d.strategy) if {
	some d in input.aws.appconfig.deployments
	env := lib.string_value(d.environment)
	some name in production_environments[env]
	strategy := lib.string_value(d.strategy)
	why := all_at_once(strategy)
	msg := sprintf("deployment %q sends the configuration to production environment %q all at once (%s is %q%s); use a linear or canary strategy with a bake time and alarms", [d.resource, name, d.strategy.key, strategy, why])
}

# production_environments maps the address of each production environment
# to the name to show; built once.
production_environments[e.resource] contains name if {
	some e in input.aws.appconfig.environments
	name := env_name(e)
	some text in [name, e.resource]
	production(text)
}

env_name(e) := lib.string_value(e.name)

env_name(e) := e.resource if not lib.string_value(e.name)

# all_at_once_strategies are the addresses of the strategies of the document
# that grow to every target in their first step; built once.
all_at_once_strategies contains s.resource if {
	some s in input.aws.appconfig.deployment_strategies
	lib.known(s.growth_factor)
	is_number(s.growth_factor.value)
	s.growth_factor.value >= 100
}

all_at_once(strategy) := "" if strategy == "AppConfig.AllAtOnce"

all_at_once(strategy) := ", a strategy with a growth factor of 100" if strategy in all_at_once_strategies

production(name) if {
	some word in lib.words(name)
	word in {"prod", "production"}
}
