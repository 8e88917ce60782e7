package shipgate.buildspec.exported_secrets_test

import data.shipgate.buildspec.exported_secrets as policy
import data.shipgate.buildspec.testing as t

deny_for(env) := r if {
	r := policy.deny with input as t.input_of({"env": t.env(env)})
}

test_fails_on_exported_secrets if {
	deny_for({"secrets_manager": [t.ref("secrets-manager", "DB", "prod/db:password")], "exported_variables": [t.exported(0, "DB")]}) == {{
		"msg": `exported-variables publishes "DB", a variable read from Secrets Manager, as a plain-text output variable of the pipeline; export a reference to the secret instead`,
		"src": "/env/exported-variables/0",
	}}
	count(deny_for({"exported_variables": [t.exported(0, "GITHUB_TOKEN")]})) == 1
}

test_passes_on_other_exports if {
	count(deny_for({"exported_variables": [t.exported(0, "IMAGE_TAG"), t.exported(1, "DB_SECRET_ARN"), t.exported(2, "TOKEN_TTL")]})) == 0
}

test_unknown_does_not_fire if {
	count(deny_for({"exported_variables": []})) == 0
}
