package shipgate.aws.elb_tls_policy_test

import data.shipgate.aws.elb_tls_policy as policy
import data.shipgate.lib.testing as t

listener(p) := object.union(t.res("Https", "AWS::ElasticLoadBalancingV2::Listener"), {"ssl_policy": t.k("SslPolicy", p)})

deny_for(l) := r if {
	r := policy.deny with input as t.aws("elb", "listeners", [l])
}

src := "/Resources/Https/Properties/SslPolicy"

test_fails_on_outdated_policy if {
	deny_for(listener(t.w("ELBSecurityPolicy-2016-08", src))) == {{
		"msg": `listener "Https" uses "ELBSecurityPolicy-2016-08" (SslPolicy), which accepts TLS 1.0 or 1.1; use ELBSecurityPolicy-TLS13-1-2-2021-06 or another policy with TLS 1.2 as the minimum`,
		"resource": "Https",
		"src": src,
	}}
	count(deny_for(listener(t.w("ELBSecurityPolicy-TLS13-1-1-2021-06", src)))) == 1
}

test_passes if {
	count(deny_for(listener(t.w("ELBSecurityPolicy-TLS13-1-2-2021-06", src)))) == 0
	count(deny_for(listener(t.w("ELBSecurityPolicy-FS-1-2-Res-2020-10", src)))) == 0

	# not set: the load balancer's default policy, TLS 1.2 and up
	count(deny_for(listener(t.d(null, "/Resources/Https")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(listener(t.u(src)))) == 0
}
