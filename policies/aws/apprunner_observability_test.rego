package shipgate.aws.apprunner_observability_test

import data.shipgate.aws.apprunner_observability as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Api/Properties/ObservabilityConfiguration/ObservabilityEnabled"

deny_for(v) := r if {
	s := object.union(t.res("Api", "AWS::AppRunner::Service"), {"observability_enabled": t.k("ObservabilityConfiguration.ObservabilityEnabled", v)})
	r := policy.deny with input as t.aws("apprunner", "services", [s])
}

test_fails_by_default if {
	deny_for(t.d(false, "/Resources/Api")) == {{
		"msg": `App Runner service "Api" does not trace requests (ObservabilityConfiguration.ObservabilityEnabled is false); enable observability with an X-Ray configuration`,
		"resource": "Api",
		"src": "/Resources/Api",
	}}
	count(deny_for(t.w(false, attr))) == 1
}

test_passes_when_enabled if {
	count(deny_for(t.w(true, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
