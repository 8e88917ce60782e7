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

flagged(name, value) if count(deny_for([env(name, val(value), plaintext)])) == 1

not_flagged(name, value) if count(deny_for([env(name, val(value), plaintext)])) == 0

test_fails_on_password_under_secret_name if {
	deny_for([env("DB_PASSWORD", val("hunter2"), plaintext)]) == {{
		"msg": `project "Build" passes "DB_PASSWORD" as a plaintext environment variable (Environment.EnvironmentVariables[].Type is PLAINTEXT) whose value looks like a credential; read it from Secrets Manager or Parameter Store and rotate the value`,
		"resource": "Build",
		"src": concat("/", [var_src, "Value"]),
	}}
}

test_fails_on_credential_shaped_values_under_secret_names if {
	flagged("GithubToken", "9f86d081884c7d659a2feaa0c55ad015")
	flagged("api_key", "Zm9vYmFyYmF6cXV4MTIzNDU2")
	flagged("APIKEY", "k3y-2024!")
	flagged("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYabcdKEY")
	flagged("npm-credentials", "P@ssw0rd")
	flagged("DB_PASS", "s3cret99")
	flagged("ADMIN_PWD", "Tr0ub4dor&3")
}

test_fails_on_known_formats_whatever_the_name if {
	deny_for([env("DEPLOY_USER", val("AKIA2E0A8F3B244C9986"), plaintext)]) == {{
		"msg": `project "Build" passes "DEPLOY_USER" as a plaintext environment variable (Environment.EnvironmentVariables[].Type is PLAINTEXT) whose value is an AWS access key id; read it from Secrets Manager or Parameter Store and rotate the value`,
		"resource": "Build",
		"src": concat("/", [var_src, "Value"]),
	}}
	flagged("AWS_ACCESS_KEY_ID", "ASIA2E0A8F3B244C9986")
	flagged("GH", "ghp_0123456789abcdefghijABCDEFGHIJ012345")
	flagged("GITLAB", "glpat-0123456789abcdefghij")
	flagged("SLACK", "xoxb-123456789012-abcdefghijkl")
	flagged("HOOK", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnop0123")
	flagged("NPM_RC", "npm_0123456789abcdefghijklmnopqrstuvwxyz")
	flagged("STRIPE", "sk_live_0123456789abcdefghijklmn")
	flagged("MAPS", "AIzaSyA0123456789abcdefghijklmnopqrstuv")
	flagged("SSH", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----")
	flagged("USER_SHADOW_HASH", "$6$SFMSKGrx$IqRKjl.lt21TX.hKyalVJMXSvVSoe1HEmeyxi48S2rglgWW3YSDycJcs0p")
	flagged("DATABASE_URL", "postgres://app:hunter2@db.internal:5432/app")
}

test_references_and_placeholders_are_not_secrets if {
	# Parameter Store paths and ARNs: the build reads the secret itself.
	not_flagged("DBPasswordSSMKey", "/DeploymentConfig/Prod/DBPassword")
	not_flagged("DB_PASSWORD", "/prod/db/password")
	not_flagged("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf")
	not_flagged("DB_PASSWORD", "prod/app/db:password")
	not_flagged("DB_PASSWORD", "{{resolve:secretsmanager:prod/db:SecretString:password}}")
	not_flagged("GITHUB_TOKEN", "$GITHUB_TOKEN")
	not_flagged("GITHUB_TOKEN", "${GITHUB_TOKEN}")

	# Empty values and placeholders.
	not_flagged("DB_PASSWORD", "")
	not_flagged("WIFI_PASSWORD", "   ")
	not_flagged("DB_PASSWORD", "changeme")
	not_flagged("API_TOKEN", "<your-token>")
	not_flagged("API_TOKEN", "REPLACE_ME")
	not_flagged("API_TOKEN", "xxxxxxxx")
	not_flagged("API_TOKEN", "********")
	not_flagged("API_KEY", "your-api-key-123")
	not_flagged("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")

	# Values that are not credentials under names that mention one.
	not_flagged("TOKEN_TYPE", "bearer")
	not_flagged("API_KEY_HEADER", "x-api-key")
	not_flagged("USE_SECRETS", "true")
	not_flagged("TOKEN_TTL", "3600")

	# Names that say the value is a pointer.
	not_flagged("DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")
	not_flagged("TOKEN_PARAMETER_NAME", "ci-token")
	not_flagged("githubTokenPath", "ci/token")

	# Random values under names that are not secret-like (a digest).
	not_flagged("RASPBIAN_SOURCE_SHA256", "f143cb29140209a7a9fccc5395c9e2d924a0ca82976a4ec9b31b7d1478856531")
	not_flagged("STAGE", "prod")
}

test_passes_for_secret_types if {
	count(deny_for([env("DB_PASSWORD", val("prod/db:password"), t.w("SECRETS_MANAGER", var_src))])) == 0
	count(deny_for([env("API_TOKEN", val("/ci/token"), t.w("PARAMETER_STORE", var_src))])) == 0
	count(deny_for([env("DB_PASSWORD", val("hunter2"), t.w("SECRETS_MANAGER", var_src))])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([env("DB_PASSWORD", t.u(concat("/", [var_src, "Value"])), plaintext)])) == 0
	count(deny_for([env("DB_PASSWORD", val("hunter2"), t.u(var_src))])) == 0
}
