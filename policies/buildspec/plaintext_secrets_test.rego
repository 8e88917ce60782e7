package shipgate.buildspec.plaintext_secrets_test

import data.shipgate.buildspec.plaintext_secrets as policy
import data.shipgate.buildspec.testing as t

deny_for(vars, extra) := r if {
	r := policy.deny with input as t.input_of(object.union({"env": t.env({"variables": vars})}, extra))
}

flagged(name, value) if count(deny_for([t.var(name, value)], {})) == 1

not_flagged(name, value) if count(deny_for([t.var(name, value)], {})) == 0

test_fails_on_credentials if {
	deny_for([t.var("DB_PASSWORD", "hunter22")], {}) == {{
		"msg": `env.variables sets "DB_PASSWORD" to a value that looks like a credential, in plain text; move it to env.secrets-manager or env.parameter-store and rotate the value`,
		"src": "/env/variables/DB_PASSWORD",
	}}
	flagged("DEPLOY_USER", "AKIA2E0A8F3B244C9986")
	flagged("GH", "ghp_0123456789abcdefghijABCDEFGHIJ012345")
	flagged("API_TOKEN", "9f86d081884c7d659a2feaa0c55ad015")
}

test_inline_names_the_project if {
	deny_for([t.var("DB_PASSWORD", "hunter22")], t.inline) == {{
		"msg": `env.variables sets "DB_PASSWORD" to a value that looks like a credential, in plain text (inline buildspec of "Build"); move it to env.secrets-manager or env.parameter-store and rotate the value`,
		"src": "/env/variables/DB_PASSWORD",
		"resource": "Build",
	}}
}

test_references_and_placeholders_pass if {
	not_flagged("DB_PASSWORD", "/prod/db/password")
	not_flagged("DB_PASSWORD", "")
	not_flagged("API_TOKEN", "changeme")
	not_flagged("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
	not_flagged("STAGE", "prod")
	not_flagged("TOKEN_TTL", "3600")
	not_flagged("DATABASE_URL", "postgres://postgres:postgres@localhost:5432/test")
	flagged("DATABASE_URL", "postgres://app:Zk8pQ2mX@db.internal:5432/app")
}

test_unknown_does_not_fire if {
	not_flagged("DB_PASSWORD", "$DB_PASSWORD_FROM_SSM")
	not_flagged("DB_PASSWORD", "${Password}")
}
