package shipgate.aws.elb_deletion_protection_test

import data.shipgate.aws.elb_deletion_protection as policy
import data.shipgate.lib.testing as t

lb(v) := object.union(t.res("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer"), {"deletion_protection": t.k("LoadBalancerAttributes.deletion_protection.enabled", v)})

deny_for(x) := r if {
	r := policy.deny with input as t.aws("elb", "load_balancers", [x])
}

test_fails_without_protection if {
	deny_for(lb(t.d(false, "/Resources/Lb"))) == {{
		"msg": `load balancer "Lb" has no deletion protection; set LoadBalancerAttributes.deletion_protection.enabled to true`,
		"resource": "Lb",
		"src": "/Resources/Lb",
	}}
}

test_passes if {
	count(deny_for(lb(t.w(true, "/Resources/Lb/Properties/LoadBalancerAttributes/0/Value")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(lb(t.u("/Resources/Lb/Properties/LoadBalancerAttributes/0/Value")))) == 0
}
