package shipgate.github.cache_poisoning_test

import data.shipgate.github.cache_poisoning as policy
import data.shipgate.lib.github_testing as t

release_wf(steps) := t.workflow(["release"], [t.job("build", steps)])

test_fails_on_cache_in_release if {
	policy.deny == {{
		"msg": `step 0 of job "build" restores a cache with actions/cache in a workflow that runs on release, so a poisoned cache entry can reach the release; build releases without caches`,
		"src": "/jobs/build/steps/0/uses",
		"resource": `step 0 of job "build"`,
	}} with input as release_wf([t.uses_step(0, "actions", "cache", "v4", [])])
}

test_fails_on_setup_with_cache if {
	count(policy.deny) == 2 with input as release_wf([
		t.uses_step(0, "actions", "setup-node", "v4", [t.input_value("cache", "npm")]),
		t.uses_step(1, "actions", "setup-go", "v5", []),
	])
}

test_fails_on_tag_push if {
	wf := t.workflow(["push"], [t.job("build", [t.uses_step(0, "actions", "cache", "v4", [])])])
	count(policy.deny) == 1 with input as json.patch(wf, [{"op": "replace", "path": "/workflow/triggers/0/tags", "value": ["v*"]}])
}

test_passes_without_cache_or_release if {
	count(policy.deny) == 0 with input as release_wf([
		t.uses_step(0, "actions", "setup-node", "v4", []),
		t.uses_step(1, "actions", "setup-go", "v5", [t.input_value("cache", "false")]),
	])
	count(policy.deny) == 0 with input as t.workflow(["push"], [t.job("build", [t.uses_step(0, "actions", "cache", "v4", [])])])
}

test_unknown_does_not_fire if {
	e := t.expr("inputs.cache", ["inputs.cache"], [])
	count(policy.deny) == 0 with input as release_wf([t.uses_step(0, "actions", "setup-go", "v5", [t.input_expr("cache", [e])])])
}
