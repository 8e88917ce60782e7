package shipgate.github.secrets_inherit_test

import data.shipgate.github.secrets_inherit as policy
import data.shipgate.lib.github_testing as t

call(secrets) := object.union(t.job("deploy", []), {
	"uses": t.uses("org", "infra", "main", "/jobs/deploy/uses"),
	"secrets": secrets,
})

test_fails_on_inherit if {
	policy.deny == {{
		"msg": `job "deploy" passes every secret to "org/infra@main" with secrets: inherit; pass the secrets it needs by name`,
		"src": "/jobs/deploy/secrets",
		"resource": "deploy",
	}} with input as t.workflow(["push"], [call({"src": "/jobs/deploy/secrets", "inherit": true, "values": []})])
}

test_passes_with_named_secrets if {
	count(policy.deny) == 0 with input as t.workflow(["push"], [call({"src": "/jobs/deploy/secrets", "inherit": false, "values": []})])
}

test_passes_without_secrets if {
	count(policy.deny) == 0 with input as t.workflow(["push"], [call(null)])
}
