package shipgate.github.obfuscation_test

import data.shipgate.github.obfuscation as policy
import data.shipgate.lib.github_testing as t

wf(steps) := t.workflow(["push"], [t.job("build", steps)])

path_step(path) := object.union(t.step(0), {"uses": object.union(t.uses("actions", "checkout", "v4", "/u"), {"path": path, "value": "actions/checkout/./@v4"})})

test_fails_on_dot_segment if {
	policy.deny == {{
		"msg": `step 0 of job "build" uses "actions/checkout/./@v4", whose path has an empty, "." or ".." segment that hides which action runs; write the plain path`,
		"src": "/u",
	}} with input as wf([path_step("./")])
}

test_fails_on_constant_expression if {
	e := object.union(t.expr("'curl'", [], []), {"literal": true})
	count(policy.deny) == 1 with input as wf([t.run_step(0, [e])])
}

test_passes_on_plain_path_and_contexts if {
	e := t.expr("github.sha", ["github.sha"], [])
	count(policy.deny) == 0 with input as wf([path_step("init"), t.run_step(1, [e])])
}

test_unparsed_does_not_fire if {
	e := object.union(t.expr("'x", [], []), {"literal": true, "parsed": false})
	count(policy.deny) == 0 with input as wf([t.run_step(0, [e])])
}
