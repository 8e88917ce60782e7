package shipgate.aws.ecs_container_insights_test

import data.shipgate.aws.ecs_container_insights as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Cluster/Properties/ClusterSettings/0/Value"

deny_for(v) := r if {
	c := object.union(t.res("Cluster", "AWS::ECS::Cluster"), {"container_insights": t.k("ClusterSettings", v)})
	r := policy.deny with input as t.aws("ecs", "clusters", [c])
}

test_fails_by_default if {
	deny_for(t.d("disabled", "/Resources/Cluster")) == {{
		"msg": `cluster "Cluster" does not use Container Insights (ClusterSettings is "disabled"); set containerInsights to enabled or enhanced, unless the account's default turns it on`,
		"resource": "Cluster",
		"src": "/Resources/Cluster",
	}}
	count(deny_for(t.w("disabled", attr))) == 1
}

test_passes_when_on if {
	count(deny_for(t.w("enabled", attr))) == 0
	count(deny_for(t.w("enhanced", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
