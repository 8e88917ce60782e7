# METADATA
# title: CodePipeline deploys to production without a manual approval
# description: >-
#   A Deploy action that changes a production environment (by its stage name, action
#   name, or the stack, application, deployment group, cluster or service it deploys)
#   runs as soon as earlier stages pass unless a Manual approval action comes before it,
#   in an earlier stage or earlier in the same stage (a lower RunOrder). Every Deploy
#   provider changes an environment (CodeDeploy, ECS, Elastic Beanstalk, S3, AppConfig,
#   Service Catalog, CloudFormation StackSets ...) except a CloudFormation action that
#   only prepares a change set (ActionMode CHANGE_SET_REPLACE): creating a change set,
#   approving it and executing it is the pattern this rule asks for. Teams that practise
#   continuous deployment on purpose can suppress this finding; the gate should then be
#   an automated one.
# custom:
#   id: AWS-CODEPIPELINE-002
#   severity: medium
#   input: aws
#   remediation: |
#     Add a manual approval in a stage before the production deployment (or earlier in
#     the same stage, with a lower run order).
#
#     CloudFormation:
#     ```yaml
#     - Name: ApproveProduction
#       Actions:
#         - Name: Approve
#           ActionTypeId:
#             Category: Approval
#             Owner: AWS
#             Provider: Manual
#             Version: "1"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codepipeline" "app" {
#       # ...
#       stage {
#         name = "ApproveProduction"
#         action {
#           name     = "Approve"
#           category = "Approval"
#           owner    = "AWS"
#           provider = "Manual"
#           version  = "1"
#         }
#       }
#     }
#     ```
#   frameworks: ["devops deployment-safety"]
package shipgate.aws.codepipeline_prod_approval

import data.shipgate.lib

deny contains lib.result(msg, p, action) if {
	some p in input.aws.codepipeline.pipelines
	some i, stage in p.stages
	some action in stage.actions
	lib.has_value(action.category, "Deploy")
	what := changes_environment(action)
	targets_production(stage, action)
	not approval_before(p, i, action)
	msg := sprintf("pipeline %q deploys to production in action %q (%s) of stage %q without a manual approval before it; add an Approval action (provider Manual) in an earlier stage or earlier in this one", [p.resource, lib.display_name(action.name), what, lib.display_name(stage.name)])
}

# changes_environment names what a Deploy action does when it changes an
# environment: any provider but CloudFormation, and CloudFormation in the
# action modes that change a stack. CHANGE_SET_REPLACE only creates or
# replaces a change set; an unknown mode or provider decides nothing.
changes_environment(action) := provider if {
	provider := lib.string_value(action.provider)
	provider != "CloudFormation"
}

changes_environment(action) := sprintf("CloudFormation %s", [mode]) if {
	lib.has_value(action.provider, "CloudFormation")
	lib.known(action.configuration)
	mode := action.configuration.value.ActionMode
	mode in {"CREATE_UPDATE", "CHANGE_SET_EXECUTE", "REPLACE_ON_FAILURE", "DELETE_ONLY"}
}

# target_keys are the action configuration keys that name where it deploys.
target_keys := {
	"StackName", "ApplicationName", "DeploymentGroupName", "ClusterName",
	"ServiceName", "FunctionName", "EnvironmentName", "BucketName",
}

targets_production(stage, _) if production(lib.string_value(stage.name))

targets_production(_, action) if production(lib.string_value(action.name))

targets_production(_, action) if {
	lib.known(action.configuration)
	some key in target_keys
	production(action.configuration.value[key])
}

# production is true for a name with the word prod or production in it
# ("prod-api", "DeployToProd", "PRODUCTION_STACK"), not for "product".
production(name) if {
	is_string(name)
	some word in lib.words(name)
	word in {"prod", "production"}
}

# approval_before is true when an action that is, or might be, an approval
# runs before action: in an earlier stage, or earlier in the same stage.
approval_before(p, i, _) if {
	some j, stage in p.stages
	j < i
	some other in stage.actions
	may_be_approval(other)
}

# A stage whose actions cannot be read might hold an approval.
approval_before(p, i, _) if {
	some j, stage in p.stages
	j < i
	not is_array(stage.actions)
}

approval_before(p, i, action) if {
	some other in p.stages[i].actions
	other != action
	may_be_approval(other)
	may_run_before(other, action)
}

may_be_approval(action) if not lib.known(action.category)

may_be_approval(action) if lib.has_value(action.category, "Approval")

may_run_before(other, action) if {
	run_order_known(other)
	run_order_known(action)
	other.run_order.value < action.run_order.value
}

may_run_before(other, _) if not run_order_known(other)

may_run_before(_, action) if not run_order_known(action)

run_order_known(action) if {
	lib.known(action.run_order)
	is_number(action.run_order.value)
}
