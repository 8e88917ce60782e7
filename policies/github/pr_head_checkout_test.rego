package shipgate.github.pr_head_checkout_test

import data.shipgate.github.pr_head_checkout as policy
import data.shipgate.lib.github_testing as t

checkout(ref_exprs) := t.uses_step(0, "actions", "checkout", "v4", [t.input_expr("ref", ref_exprs)])

head_sha := t.expr("github.event.pull_request.head.sha", ["github.event.pull_request.head.sha"], [])

test_fails_on_head_checkout_under_pull_request_target if {
	policy.deny == {{
		"msg": `step 0 of job "build" checks out "github.event.pull_request.head.sha" (the pull request's code) in a workflow triggered by pull_request_target, which holds the base repository's secrets and token; run untrusted code under pull_request instead`,
		"src": "/w/ref",
		"resource": `step 0 of job "build"`,
	}} with input as t.workflow(["pull_request_target"], [t.job("build", [checkout([head_sha])])])
}

test_fails_on_gh_pr_checkout if {
	s := t.script_step(0, [t.command("gh", ["pr", "checkout", "1"])])
	count(policy.deny) == 1 with input as t.workflow(["pull_request_target"], [t.job("build", [s])])
}

test_passes_under_pull_request if {
	count(policy.deny) == 0 with input as t.workflow(["pull_request"], [t.job("build", [checkout([head_sha])])])
}

test_passes_for_base_checkout if {
	base := t.expr("github.event.pull_request.base.sha", ["github.event.pull_request.base.sha"], [])
	count(policy.deny) == 0 with input as t.workflow(["pull_request_target"], [t.job("build", [checkout([base])])])
}

test_unknown_ref_does_not_fire if {
	count(policy.deny) == 0 with input as t.workflow(["pull_request_target"], [t.job("build", [checkout([])])])
}
