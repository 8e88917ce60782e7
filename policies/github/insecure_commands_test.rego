package shipgate.github.insecure_commands_test

import data.shipgate.github.insecure_commands as policy
import data.shipgate.lib.github_testing as t

env(v) := [{"name": "ACTIONS_ALLOW_UNSECURE_COMMANDS", "src": "/env/ACTIONS_ALLOW_UNSECURE_COMMANDS", "value": v}]

wf(v) := json.patch(t.workflow(["push"], []), [{"op": "replace", "path": "/workflow/env", "value": env(v)}])

test_fails_on_true if {
	policy.deny == {{
		"msg": "the workflow sets ACTIONS_ALLOW_UNSECURE_COMMANDS: true, which lets any printed line set environment variables and PATH; remove it and write to $GITHUB_ENV and $GITHUB_PATH",
		"src": "/env/ACTIONS_ALLOW_UNSECURE_COMMANDS",
	}} with input as wf(t.str("true", "/env/ACTIONS_ALLOW_UNSECURE_COMMANDS"))
}

test_fails_in_a_step if {
	s := object.union(t.step(0), {"env": env(t.str("TRUE", "/x"))})
	count(policy.deny) == 1 with input as t.workflow(["push"], [t.job("build", [s])])
}

test_passes_on_false if {
	count(policy.deny) == 0 with input as wf(t.str("false", "/x"))
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as wf({"value": "${{ inputs.x }}", "src": "/x", "known": false, "exprs": []})
}
