package shipgate.aws.appconfig_all_at_once_production_test

import data.shipgate.aws.appconfig_all_at_once_production as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Deploy/Properties/DeploymentStrategyId"

env(id, name) := object.union(t.res(id, "AWS::AppConfig::Environment"), {"name": t.k("Name", name)})

strategy(id, factor) := object.union(t.res(id, "AWS::AppConfig::DeploymentStrategy"), {
	"name": t.k("Name", t.w(id, "/n")),
	"growth_factor": t.k("GrowthFactor", factor),
	"duration_minutes": t.k("DeploymentDurationInMinutes", t.w(0, "/d")),
})

deny_for(envs, strategies, environment, strat) := r if {
	d := object.union(t.res("Deploy", "AWS::AppConfig::Deployment"), {
		"environment": t.k("EnvironmentId", environment),
		"strategy": t.k("DeploymentStrategyId", strat),
	})
	r := policy.deny with input as {"aws": {"appconfig": {
		"environments": envs,
		"deployment_strategies": strategies,
		"deployments": [d],
	}}}
}

test_fails_for_predefined_all_at_once if {
	deny_for([env("ProdEnv", t.w("production", "/x"))], [], t.w("ProdEnv", "/e"), t.w("AppConfig.AllAtOnce", attr)) == {{
		"msg": `deployment "Deploy" sends the configuration to production environment "production" all at once (DeploymentStrategyId is "AppConfig.AllAtOnce"); use a linear or canary strategy with a bake time and alarms`,
		"resource": "Deploy",
		"src": attr,
	}}
}

test_fails_for_strategy_of_the_template if {
	r := deny_for([env("Live", t.w("prod-eu", "/x"))], [strategy("Fast", t.w(100, "/g"))], t.w("Live", "/e"), t.w("Fast", attr))
	count(r) == 1
	some f in r
	contains(f.msg, `(DeploymentStrategyId is "Fast", a strategy with a growth factor of 100)`)
}

test_passes if {
	# Not production.
	count(deny_for([env("StagingEnv", t.w("staging", "/x"))], [], t.w("StagingEnv", "/e"), t.w("AppConfig.AllAtOnce", attr))) == 0

	# Gradual strategies.
	count(deny_for([env("ProdEnv", t.w("production", "/x"))], [], t.w("ProdEnv", "/e"), t.w("AppConfig.Linear20PercentEvery6Minutes", attr))) == 0
	count(deny_for([env("ProdEnv", t.w("production", "/x"))], [strategy("Slow", t.w(20, "/g"))], t.w("ProdEnv", "/e"), t.w("Slow", attr))) == 0

	# An environment that is not declared is not judged.
	count(deny_for([], [], t.w("abc1234", "/e"), t.w("AppConfig.AllAtOnce", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([env("ProdEnv", t.w("production", "/x"))], [], t.u("/e"), t.w("AppConfig.AllAtOnce", attr))) == 0
	count(deny_for([env("ProdEnv", t.w("production", "/x"))], [], t.w("ProdEnv", "/e"), t.u(attr))) == 0
	count(deny_for([env("ProdEnv", t.w("production", "/x"))], [strategy("Fast", t.u("/g"))], t.w("ProdEnv", "/e"), t.w("Fast", attr))) == 0
}
