package shipgate.github.self_hosted_runner_test

import data.shipgate.github.self_hosted_runner as policy
import data.shipgate.lib.github_testing as t

job(state) := object.union(t.job("build", []), {"runs_on": {"src": "/jobs/build/runs-on", "labels": [], "group": null, "self_hosted": state}})

test_fails_on_self_hosted_pull_request if {
	policy.deny == {{
		"msg": `job "build" runs on a self-hosted runner in a workflow triggered by pull_request, so a pull request's code runs on it; use a GitHub-hosted or an ephemeral isolated runner`,
		"src": "/jobs/build/runs-on",
		"resource": "build",
	}} with input as t.workflow(["pull_request"], [job("yes")])
}

test_passes_on_push if {
	count(policy.deny) == 0 with input as t.workflow(["push"], [job("yes")])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as t.workflow(["pull_request"], [job("unknown")])
}
