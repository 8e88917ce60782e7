package shipgate.github.step_output_injection_test

import data.shipgate.github.step_output_injection as policy
import data.shipgate.lib.github_testing as t

test_warns_on_step_output_in_run if {
	e := t.expr("steps.meta.outputs.title", ["steps.meta.outputs.title"], [])
	policy.warn == {{
		"msg": `run script of step 0 of job "build" expands "steps.meta.outputs.title" (a step output) into code; pass it through an env: variable and use the variable quoted ("$VAR") instead`,
		"src": e.src,
		"resource": `step 0 of job "build"`,
	}} with input as t.workflow(["push"], [t.job("build", [t.run_step(0, [e])])])
}

test_warns_on_action_input if {
	e := t.expr("inputs.name", ["inputs.name"], [])
	count(policy.warn) == 1 with input as t.action([t.run_step(0, [e])])
}

test_passes_for_dispatch_inputs_and_matrix if {
	e := t.expr("inputs.name", ["inputs.name"], [])
	m := t.expr("matrix.os", ["matrix.os"], [])
	count(policy.warn) == 0 with input as t.workflow(["workflow_dispatch"], [t.job("build", [t.run_step(0, [e, m])])])
}

test_unknown_does_not_fire if {
	e := object.union(t.expr("steps.x.outputs.y", [], []), {"parsed": false})
	count(policy.warn) == 0 with input as t.workflow(["push"], [t.job("build", [t.run_step(0, [e])])])
}
