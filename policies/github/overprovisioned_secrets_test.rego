package shipgate.github.overprovisioned_secrets_test

import data.shipgate.github.overprovisioned_secrets as policy
import data.shipgate.lib.github_testing as t

wf(e) := t.workflow(["push"], [t.job("build", [t.run_step(0, [e])])])

test_fails_on_toJSON_secrets if {
	e := t.expr("toJSON(secrets)", ["secrets"], ["tojson"])
	policy.deny == {{
		"msg": `the expression "toJSON(secrets)" gives the job every secret; reference each secret it needs by name (secrets.NAME)`,
		"src": e.src,
	}} with input as wf(e)
}

test_fails_on_dynamic_index if {
	e := object.union(t.expr("secrets[inputs.name]", [], []), {"contexts": [{"path": "secrets.*", "dynamic": true}]})
	count(policy.deny) == 1 with input as wf(e)
}

test_passes_for_named_secret if {
	count(policy.deny) == 0 with input as wf(t.expr("secrets.TOKEN", ["secrets.token"], []))
}
