package shipgate.aws.elb_access_logs_test

import data.shipgate.aws.elb_access_logs as policy
import data.shipgate.lib.testing as t

lb(type, logs) := object.union(t.res("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer"), {
	"type": t.k("Type", type),
	"access_logs": t.k("LoadBalancerAttributes.access_logs.s3.enabled", logs),
})

deny_for(x) := r if {
	r := policy.deny with input as t.aws("elb", "load_balancers", [x])
}

alb := t.d("application", "/Resources/Lb")

test_fails_without_access_logs if {
	deny_for(lb(alb, t.d(false, "/Resources/Lb"))) == {{
		"msg": `load balancer "Lb" does not write access logs; set LoadBalancerAttributes.access_logs.s3.enabled to true and name a bucket`,
		"resource": "Lb",
		"src": "/Resources/Lb",
	}}
	count(deny_for(lb(t.w("network", "/x"), t.w(false, "/x")))) == 1
}

test_passes if {
	count(deny_for(lb(alb, t.w(true, "/x")))) == 0
	count(deny_for(lb(t.w("gateway", "/x"), t.d(false, "/Resources/Lb")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(lb(alb, t.u("/x")))) == 0
	count(deny_for(lb(t.u("/x"), t.d(false, "/Resources/Lb")))) == 0
}
