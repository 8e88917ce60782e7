package shipgate.github.default_permissions_test

import data.shipgate.github.default_permissions as policy
import data.shipgate.lib.github_testing as t

test_warns_without_any_block if {
	policy.warn == {{
		"msg": `job "build" runs with the repository's default GITHUB_TOKEN permissions (no permissions block on the workflow or the job); add permissions: with the scopes it needs, such as contents: read`,
		"src": "/jobs/build",
		"resource": "build",
	}} with input as t.workflow(["push"], [t.job("build", [])])
}

test_passes_with_a_job_block if {
	job := object.union(t.job("build", []), {"permissions": {"src": "/jobs/build/permissions", "state": "map", "scopes": []}})
	count(policy.warn) == 0 with input as t.workflow(["push"], [job])
}

test_passes_for_reusable_workflows if {
	count(policy.warn) == 0 with input as t.workflow(["workflow_call"], [t.job("build", [])])
}

test_unknown_does_not_fire if {
	job := object.union(t.job("build", []), {"permissions": {"src": "/jobs/build/permissions", "state": "unknown", "scopes": []}})
	count(policy.warn) == 0 with input as t.workflow(["push"], [job])
}
