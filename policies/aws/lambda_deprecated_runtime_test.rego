package shipgate.aws.lambda_deprecated_runtime_test

import data.shipgate.aws.lambda_deprecated_runtime as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Handler/Properties/Runtime"

deny_for(runtime) := r if {
	f := object.union(t.res("Handler", "AWS::Lambda::Function"), {"runtime": t.k("Runtime", runtime)})
	r := policy.deny with input as t.aws("lambda", "functions", [f])
}

test_fails_on_deprecated_runtime if {
	deny_for(t.w("python3.9", attr)) == {{
		"msg": `function "Handler" uses runtime "python3.9" (Runtime), which Lambda deprecated on 2025-12-15; move it to a supported runtime such as python3.13`,
		"resource": "Handler",
		"src": attr,
	}}
	count(deny_for(t.w("nodejs20.x", attr))) == 1
	count(deny_for(t.w("go1.x", attr))) == 1
	count(deny_for(t.w("provided.al2", attr))) == 1
	count(deny_for(t.w("dotnet8", attr))) == 1
}

test_passes_on_supported_runtime if {
	count(deny_for(t.w("python3.13", attr))) == 0
	count(deny_for(t.w("nodejs22.x", attr))) == 0
	count(deny_for(t.w("provided.al2023", attr))) == 0
	count(deny_for(t.w("java21", attr))) == 0
}

test_image_function_passes if {
	count(deny_for(t.d(null, "/Resources/Handler"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}

test_every_deprecated_runtime_has_a_successor if {
	every rt, _ in policy.deprecated {
		policy.successor[policy.family(rt)]
	}
}
