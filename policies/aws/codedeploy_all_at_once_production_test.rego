package shipgate.aws.codedeploy_all_at_once_production_test

import data.shipgate.aws.codedeploy_all_at_once_production as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Api/Properties/DeploymentConfigName"

deny_for(id, name, app, config) := r if {
	g := object.union(t.res(id, "AWS::CodeDeploy::DeploymentGroup"), {
		"name": t.k("DeploymentGroupName", name),
		"application": t.k("ApplicationName", app),
		"deployment_config": t.k("DeploymentConfigName", config),
	})
	r := policy.deny with input as t.aws("codedeploy", "deployment_groups", [g])
}

test_fails_for_production_group if {
	deny_for("Api", t.w("api-prod", "/n"), t.w("Api", "/a"), t.w("CodeDeployDefault.LambdaAllAtOnce", attr)) == {{
		"msg": `production deployment group "Api" deploys all at once (DeploymentConfigName is "CodeDeployDefault.LambdaAllAtOnce"); shift gradually with a canary, linear, one-at-a-time or half-at-a-time configuration`,
		"resource": "Api",
		"src": attr,
	}}
}

test_fails_by_address_or_application if {
	count(deny_for("ProdApi", t.d(null, "/n"), t.w("Api", "/a"), t.w("CodeDeployDefault.ECSAllAtOnce", attr))) == 1
	count(deny_for("Api", t.u("/n"), t.w("ProductionApp", "/a"), t.w("CodeDeployDefault.AllAtOnce", attr))) == 1
}

test_passes if {
	count(deny_for("Api", t.w("api-prod", "/n"), t.w("Api", "/a"), t.w("CodeDeployDefault.LambdaCanary10Percent5Minutes", attr))) == 0
	count(deny_for("Api", t.w("api-staging", "/n"), t.w("Api", "/a"), t.w("CodeDeployDefault.LambdaAllAtOnce", attr))) == 0

	# "product" is not production.
	count(deny_for("ProductApi", t.w("product-api", "/n"), t.w("Products", "/a"), t.w("CodeDeployDefault.AllAtOnce", attr))) == 0
	count(deny_for("Api", t.w("api-prod", "/n"), t.w("Api", "/a"), t.d(null, "/Resources/Api"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for("Api", t.w("api-prod", "/n"), t.w("Api", "/a"), t.u(attr))) == 0
}
