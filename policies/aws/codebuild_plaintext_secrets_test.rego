package shipgate.aws.codebuild_plaintext_secrets_test

import data.shipgate.aws.codebuild_plaintext_secrets as policy
import data.shipgate.lib.testing as t

var_src := "/Resources/Build/Properties/Environment/EnvironmentVariables/0"

env(name, value, type) := {
	"src": var_src,
	"name": t.k("Environment.EnvironmentVariables[].Name", t.w(name, concat("/", [var_src, "Name"]))),
	"value": t.k("Environment.EnvironmentVariables[].Value", value),
	"type": t.k("Environment.EnvironmentVariables[].Type", type),
}

val(v) := t.w(v, concat("/", [var_src, "Value"]))

plaintext := t.d("PLAINTEXT", var_src)

deny_for(vars) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"environment_variables": vars})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_on_secret_name if {
	deny_for([env("DB_PASSWORD", val("hunter2"), plaintext)]) == {{
		"msg": `project "Build" passes "DB_PASSWORD" as a plaintext environment variable (Environment.EnvironmentVariables[].Type is PLAINTEXT); read it from Secrets Manager or Parameter Store and rotate the value`,
		"resource": "Build",
		"src": concat("/", [var_src, "Value"]),
	}}
}

test_fails_on_other_secret_names if {
	every name in ["GithubToken", "api_key", "TOKEN_INVALID", "APIKEY", "AWS_SECRET_ACCESS_KEY", "npm-credentials", "SSH_PRIVATE_KEY"] {
		count(deny_for([env(name, val("x"), t.w("PLAINTEXT", var_src))])) == 1
	}
}

test_fails_on_access_key_value if {
	count(deny_for([env("DEPLOY_USER", val("AKIAIOSFODNN7EXAMPLE"), plaintext)])) == 1
	count(deny_for([env("AWS_ACCESS_KEY_ID", val("ASIAIOSFODNN7EXAMPLE"), plaintext)])) == 1
}

test_passes if {
	count(deny_for([env("DB_PASSWORD", val("prod/db:password"), t.w("SECRETS_MANAGER", var_src))])) == 0
	count(deny_for([env("API_TOKEN", val("/ci/token"), t.w("PARAMETER_STORE", var_src))])) == 0
	count(deny_for([env("STAGE", val("prod"), plaintext)])) == 0
	count(deny_for([env("DB_SECRET_ARN", val("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"), plaintext)])) == 0
	count(deny_for([env("TOKEN_PARAMETER_NAME", val("/ci/token"), plaintext)])) == 0
	count(deny_for([env("githubTokenPath", val("/ci/token"), plaintext)])) == 0
	count(deny_for([env("DB_PASSWORD", val(""), plaintext)])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([env("DB_PASSWORD", t.u(concat("/", [var_src, "Value"])), plaintext)])) == 0
	count(deny_for([env("DB_PASSWORD", val("hunter2"), t.u(var_src))])) == 0
}
