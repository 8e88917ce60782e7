package shipgate.aws.apigateway_tracing_test

import data.shipgate.aws.apigateway_tracing as policy
import data.shipgate.lib.testing as t

stage(v) := object.union(t.res("Prod", "AWS::ApiGateway::Stage"), {"tracing": t.k("TracingEnabled", v)})

deny_for(s) := r if {
	r := policy.deny with input as t.aws("apigateway", "stages", [s])
}

test_fails_without_tracing if {
	deny_for(stage(t.d(false, "/Resources/Prod"))) == {{
		"msg": `API Gateway stage "Prod" does not trace requests with X-Ray; set TracingEnabled to true`,
		"resource": "Prod",
		"src": "/Resources/Prod",
	}}
}

test_passes_with_tracing if {
	count(deny_for(stage(t.w(true, "/Resources/Prod/Properties/TracingEnabled")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(stage(t.u("/Resources/Prod/Properties/TracingEnabled")))) == 0
}
