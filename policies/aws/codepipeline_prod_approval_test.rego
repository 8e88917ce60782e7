package shipgate.aws.codepipeline_prod_approval_test

import data.shipgate.aws.codepipeline_prod_approval as policy
import data.shipgate.lib.testing as t

action_src(i, j) := sprintf("/Resources/Pipeline/Properties/Stages/%d/Actions/%d", [i, j])

action(i, j, name, category, run_order, config) := provider_action(i, j, name, category, "CodeDeploy", run_order, config)

provider_action(i, j, name, category, provider, run_order, config) := {
	"src": action_src(i, j),
	"name": t.w(name, concat("/", [action_src(i, j), "Name"])),
	"category": category,
	"provider": t.w(provider, concat("/", [action_src(i, j), "ActionTypeId/Provider"])),
	"run_order": run_order,
	"configuration": t.w(config, concat("/", [action_src(i, j), "Configuration"])),
}

cfn(i, j, name, mode, run_order) := provider_action(i, j, name, cat("Deploy"), "CloudFormation", run_order, {"ActionMode": mode, "StackName": "app-prod"})

cat(c) := t.w(c, "/x/ActionTypeId/Category")

ro(n) := t.w(n, "/x/RunOrder")

first := ro(1)

stage(i, name, actions) := {
	"src": sprintf("/Resources/Pipeline/Properties/Stages/%d", [i]),
	"name": t.w(name, sprintf("/Resources/Pipeline/Properties/Stages/%d/Name", [i])),
	"actions": actions,
}

source := stage(0, "Source", [action(0, 0, "Checkout", cat("Source"), first, {})])

deploy(i, stage_name, name, config) := stage(i, stage_name, [action(i, 0, name, cat("Deploy"), first, config)])

deny_for(stages) := r if {
	p := object.union(t.res("Pipeline", "AWS::CodePipeline::Pipeline"), {"artifact_stores": [], "stages": stages})
	r := policy.deny with input as t.aws("codepipeline", "pipelines", [p])
}

test_fails_on_prod_stage_without_approval if {
	deny_for([source, deploy(1, "Prod", "Deploy", {"StackName": "app"})]) == {{
		"msg": `pipeline "Pipeline" deploys to production in action "Deploy" (CodeDeploy) of stage "Prod" without a manual approval before it; add an Approval action (provider Manual) in an earlier stage or earlier in this one`,
		"resource": "Pipeline",
		"src": action_src(1, 0),
	}}
}

test_fails_on_prod_action_or_configuration if {
	count(deny_for([source, deploy(1, "Release", "DeployToProduction", {})])) == 1
	count(deny_for([source, deploy(1, "Release", "Deploy", {"StackName": "billing-prod"})])) == 1
	count(deny_for([source, deploy(1, "Release", "Deploy", {"ClusterName": "PROD_CLUSTER"})])) == 1
}

test_fails_when_approval_comes_after if {
	s := stage(1, "Prod", [
		action(1, 0, "Deploy", cat("Deploy"), ro(1), {}),
		action(1, 1, "Approve", cat("Approval"), ro(2), {}),
	])
	count(deny_for([source, s])) == 1
}

test_passes_with_earlier_approval_stage if {
	approve := stage(1, "Approve", [action(1, 0, "Approve", cat("Approval"), first, {})])
	count(deny_for([source, approve, deploy(2, "Prod", "Deploy", {})])) == 0
}

test_passes_with_approval_earlier_in_stage if {
	s := stage(1, "Prod", [
		action(1, 0, "Approve", cat("Approval"), ro(1), {}),
		action(1, 1, "Deploy", cat("Deploy"), ro(2), {}),
	])
	count(deny_for([source, s])) == 0
}

test_passes_for_non_production if {
	count(deny_for([source, deploy(1, "Staging", "Deploy", {"StackName": "product-catalog"})])) == 0
	count(deny_for([source, stage(1, "Prod", [action(1, 0, "Build", cat("Build"), first, {})])])) == 0
}

test_unknown_does_not_fire if {
	# an earlier action of unknown category might be the approval
	maybe := stage(1, "Gate", [action(1, 0, "Gate", t.u("/x"), first, {})])
	count(deny_for([source, maybe, deploy(2, "Prod", "Deploy", {})])) == 0

	# an unknown category on the deploy action
	count(deny_for([source, stage(1, "Prod", [action(1, 0, "Deploy", t.u("/x"), first, {})])])) == 0

	# an approval in the same stage with an unknown run order
	s := stage(1, "Prod", [
		action(1, 0, "Deploy", cat("Deploy"), ro(1), {}),
		action(1, 1, "Approve", cat("Approval"), t.u("/x"), {}),
	])
	count(deny_for([source, s])) == 0

	# production only in an unknown stage name
	unknown_name := object.union(deploy(1, "x", "Deploy", {}), {"name": t.u("/x")})
	count(deny_for([source, unknown_name])) == 0
}

test_cloudformation_modes_that_change_a_stack if {
	every mode in ["CREATE_UPDATE", "CHANGE_SET_EXECUTE", "REPLACE_ON_FAILURE", "DELETE_ONLY"] {
		count(deny_for([source, stage(1, "Prod", [cfn(1, 0, "Deploy", mode, first)])])) == 1
	}
	deny_for([source, stage(1, "Prod", [cfn(1, 0, "Execute", "CHANGE_SET_EXECUTE", first)])]) == {{
		"msg": `pipeline "Pipeline" deploys to production in action "Execute" (CloudFormation CHANGE_SET_EXECUTE) of stage "Prod" without a manual approval before it; add an Approval action (provider Manual) in an earlier stage or earlier in this one`,
		"resource": "Pipeline",
		"src": action_src(1, 0),
	}}
}

# Creating a change set changes nothing: it is not a deploy.
test_change_set_replace_is_not_a_deploy if {
	count(deny_for([source, stage(1, "Prod", [cfn(1, 0, "CreateChangeSet", "CHANGE_SET_REPLACE", first)])])) == 0
}

# AWS's pattern: create the change set, approve it, execute it, in one stage
# ordered by RunOrder.
test_create_approve_execute_passes if {
	s := stage(1, "Prod", [
		cfn(1, 0, "CreateChangeSet", "CHANGE_SET_REPLACE", ro(1)),
		action(1, 1, "Approve", cat("Approval"), ro(2), {}),
		cfn(1, 2, "ExecuteChangeSet", "CHANGE_SET_EXECUTE", ro(3)),
	])
	count(deny_for([source, s])) == 0
}

test_execute_before_approval_fails if {
	s := stage(1, "Prod", [
		cfn(1, 0, "CreateChangeSet", "CHANGE_SET_REPLACE", ro(1)),
		cfn(1, 1, "ExecuteChangeSet", "CHANGE_SET_EXECUTE", ro(2)),
		action(1, 2, "Approve", cat("Approval"), ro(3), {}),
	])
	count(deny_for([source, s])) == 1
}

test_unknown_mode_or_provider_does_not_fire if {
	unknown_mode := provider_action(1, 0, "Deploy", cat("Deploy"), "CloudFormation", first, {"ActionMode": {"Ref": "Mode"}})
	count(deny_for([source, stage(1, "Prod", [unknown_mode])])) == 0
	unknown_provider := object.union(action(1, 0, "Deploy", cat("Deploy"), first, {}), {"provider": t.u("/x")})
	count(deny_for([source, stage(1, "Prod", [unknown_provider])])) == 0
}
