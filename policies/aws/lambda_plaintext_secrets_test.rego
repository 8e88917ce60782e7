package shipgate.aws.lambda_plaintext_secrets_test

import data.shipgate.aws.lambda_plaintext_secrets as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Handler/Properties/Environment/Variables"

deny_for(env) := r if {
	f := object.union(t.res("Handler", "AWS::Lambda::Function"), {"environment": t.k("Environment.Variables", env)})
	r := policy.deny with input as t.aws("lambda", "functions", [f])
}

test_fails_on_a_credential if {
	deny_for(t.w({"LOG_LEVEL": "info", "DB_PASSWORD": "hunter2-Prod"}, attr)) == {{
		"msg": `function "Handler" passes "DB_PASSWORD" in a plain environment variable (Environment.Variables.DB_PASSWORD) whose value looks like a credential; keep it in Secrets Manager or Parameter Store, read it at run time and rotate it`,
		"resource": "Handler",
		"src": concat("/", [attr, "DB_PASSWORD"]),
	}}
	count(deny_for(t.w({"KEY_ID": "AKIAABCDEFGHIJKLMNOP"}, attr))) == 1
}

test_passes_on_references if {
	count(deny_for(t.w(
		{
			"DB_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
			"DB_PASSWORD_PARAMETER": "/prod/db/password",
			"API_TOKEN": "{{resolve:secretsmanager:prod/api:SecretString:token}}",
			"TOKEN_TYPE": "bearer",
			"LOG_LEVEL": "info",
		},
		attr,
	))) == 0
	count(deny_for(t.d({}, "/Resources/Handler"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
	count(deny_for(t.w({"DB_PASSWORD": null}, attr))) == 0
	count(deny_for(t.w({"DB_PASSWORD": {"Ref": "DbPassword"}}, attr))) == 0
}
