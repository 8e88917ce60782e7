package shipgate.aws.lambda_tracing_test

import data.shipgate.aws.lambda_tracing as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Handler/Properties/TracingConfig/Mode"

deny_for(mode) := r if {
	f := object.union(t.res("Handler", "AWS::Lambda::Function"), {"tracing_mode": t.k("TracingConfig.Mode", mode)})
	r := policy.deny with input as t.aws("lambda", "functions", [f])
}

test_fails_by_default if {
	deny_for(t.d("PassThrough", "/Resources/Handler")) == {{
		"msg": `function "Handler" does not use X-Ray active tracing (TracingConfig.Mode is "PassThrough"); set it to Active`,
		"resource": "Handler",
		"src": "/Resources/Handler",
	}}
}

test_passes_when_active if {
	count(deny_for(t.w("Active", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
