package shipgate.github.unredacted_secrets_test

import data.shipgate.github.unredacted_secrets as policy
import data.shipgate.lib.github_testing as t

wf(e) := t.workflow(["push"], [t.job("build", [t.run_step(0, [e])])])

fromjson(arg) := object.union(t.expr("fromJSON(secrets.CONFIG).password", [], []), {"calls": [{"name": "fromjson", "args": [arg]}]})

test_fails_on_fromjson_of_a_secret if {
	e := fromjson({"kind": "context", "value": "secrets.config"})
	policy.deny == {{
		"msg": `the expression "fromJSON(secrets.CONFIG).password" reads a field of the JSON secret "secrets.config", which log masking does not cover; store the value as a secret of its own`,
		"src": e.src,
	}} with input as wf(e)
}

test_passes_for_fromjson_of_other_values if {
	count(policy.deny) == 0 with input as wf(fromjson({"kind": "context", "value": "steps.x.outputs.matrix"}))
}

test_passes_for_plain_secret if {
	count(policy.deny) == 0 with input as wf(t.expr("secrets.TOKEN", ["secrets.token"], []))
}
