package shipgate.docker.secrets_test

import data.shipgate.docker.secrets as policy
import data.shipgate.lib.docker.testing as t

env(k, v) := t.df([t.instr(0, 0, "env", {"pairs": [t.pair(k, v)]})], [t.stage(0, {})])

test_credential_fails if {
	policy.deny == {{
		"msg": `ENV "AWS_ACCESS_KEY_ID" has a value that is an AWS access key id, stored in the image for anyone who pulls it; pass it with a secret mount (RUN --mount=type=secret) and rotate it`,
		"src": "/p/v", "resource": "stage 0",
	}} with input as env("AWS_ACCESS_KEY_ID", "AKIA2E0A8F3B244C9986")
	count(policy.deny) == 1 with input as env("DB_PASSWORD", "hunter2!x")
}

test_non_secret_passes if {
	count(policy.deny) == 0 with input as env("PATH", "/usr/local/bin:/usr/bin")
	count(policy.deny) == 0 with input as env("DB_PASSWORD", "changeme")
	count(policy.deny) == 0 with input as env("NODE_VERSION", "22.11.0")
}

test_reference_passes if {
	count(policy.deny) == 0 with input as env("DB_PASSWORD", "${DB_PASSWORD}")
	count(policy.deny) == 0 with input as env("API_TOKEN", "$TOKEN")
}
