package shipgate.aws.lambda_environment_cmk_test

import data.shipgate.aws.lambda_environment_cmk as policy
import data.shipgate.lib.testing as t

props := "/Resources/Handler/Properties"

deny_for(env, key) := r if {
	f := object.union(t.res("Handler", "AWS::Lambda::Function"), {
		"environment": t.k("Environment.Variables", env),
		"kms_key": t.k("KmsKeyArn", key),
	})
	r := policy.deny with input as t.aws("lambda", "functions", [f])
}

env := t.w({"LOG_LEVEL": "info"}, concat("/", [props, "Environment/Variables"]))

test_fails_without_key if {
	deny_for(env, t.d(null, "/Resources/Handler")) == {{
		"msg": `function "Handler" has environment variables encrypted with the AWS managed key (KmsKeyArn is not set); name a customer managed KMS key`,
		"resource": "Handler",
		"src": "/Resources/Handler",
	}}
}

test_passes if {
	count(deny_for(env, t.w("FunctionKey", concat("/", [props, "KmsKeyArn"])))) == 0
	count(deny_for(t.d({}, "/Resources/Handler"), t.d(null, "/Resources/Handler"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(env, t.u(concat("/", [props, "KmsKeyArn"])))) == 0
	count(deny_for(t.u(concat("/", [props, "Environment/Variables"])), t.d(null, "/Resources/Handler"))) == 0
}
