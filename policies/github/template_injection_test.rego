package shipgate.github.template_injection_test

import data.shipgate.github.template_injection as policy
import data.shipgate.lib.github_testing as t

test_fails_on_issue_title_in_run if {
	e := t.expr("github.event.issue.title", ["github.event.issue.title"], [])
	policy.deny == {{
		"msg": `run script of step 0 of job "build" expands "github.event.issue.title", which the event's author controls, into code; pass it through an env: variable and use the variable quoted ("$VAR") instead`,
		"src": e.src,
		"resource": `step 0 of job "build"`,
	}} with input as t.workflow(["issues"], [t.job("build", [t.run_step(0, [e])])])
}

test_fails_on_head_ref_in_github_script if {
	e := t.expr("github.head_ref", ["github.head_ref"], [])
	s := t.uses_step(0, "actions", "github-script", "v7", [t.input_expr("script", [e])])
	count(policy.deny) == 1 with input as t.workflow(["pull_request"], [t.job("build", [s])])
}

test_fails_on_toJSON_of_the_event_object if {
	e := t.expr("toJSON(github.event.pull_request)", ["github.event.pull_request"], ["tojson"])
	count(policy.deny) == 1 with input as t.workflow(["pull_request"], [t.job("build", [t.run_step(0, [e])])])
}

test_passes_for_booleans_and_safe_contexts if {
	safe := t.expr("github.event.pull_request.number", ["github.event.pull_request.number"], [])
	sha := t.expr("github.event.pull_request.head.sha", ["github.event.pull_request.head.sha"], [])
	boolean := t.expr("contains(github.event.issue.title, 'x')", [], ["contains"])
	count(policy.deny) == 0 with input as t.workflow(["pull_request"], [t.job("build", [t.run_step(0, [safe, sha, boolean])])])
}

test_passes_outside_code if {
	e := t.expr("github.event.issue.title", ["github.event.issue.title"], [])
	s := t.uses_step(0, "actions", "github-script", "v7", [t.input_expr("title", [e])])
	count(policy.deny) == 0 with input as t.workflow(["issues"], [t.job("build", [s])])
}

test_unparsed_expression_does_not_fire if {
	e := object.union(t.expr("github.event.issue.title ?", [], []), {"parsed": false})
	count(policy.deny) == 0 with input as t.workflow(["issues"], [t.job("build", [t.run_step(0, [e])])])
}
