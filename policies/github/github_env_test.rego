package shipgate.github.github_env_test

import data.shipgate.github.github_env as policy
import data.shipgate.lib.github_testing as t

echo_to(target) := object.union(t.command("echo", ["X=1"]), {"redirs": [{"op": ">>", "target": target, "literal": false, "src": "/r"}]})

test_fails_on_redirect_to_github_env if {
	policy.deny == {{
		"msg": `step 0 of job "build" writes to $GITHUB_ENV in a workflow triggered by pull_request_target; data from the pull request there can set variables (BASH_ENV, LD_PRELOAD) or PATH for later steps; pass values as step outputs instead`,
		"src": "/r",
		"resource": `step 0 of job "build"`,
	}} with input as t.workflow(["pull_request_target"], [t.job("build", [t.script_step(0, [echo_to(`"$GITHUB_ENV"`)])])])
}

test_fails_on_tee_to_github_path if {
	cmd := object.union(t.command("tee", ["-a"]), {"args": [{"value": "-a", "literal": true, "src": "/a"}, {"value": "${GITHUB_PATH}", "literal": false, "src": "/b"}]})
	count(policy.deny) == 1 with input as t.workflow(["workflow_run"], [t.job("build", [t.script_step(0, [cmd])])])
}

test_passes_on_push_or_output if {
	count(policy.deny) == 0 with input as t.workflow(["push"], [t.job("build", [t.script_step(0, [echo_to("$GITHUB_ENV")])])])
	count(policy.deny) == 0 with input as t.workflow(["pull_request_target"], [t.job("build", [t.script_step(0, [echo_to("$GITHUB_OUTPUT")])])])
}

test_unparsed_script_does_not_fire if {
	count(policy.deny) == 0 with input as t.workflow(["pull_request_target"], [t.job("build", [t.script_step(0, [])])])
}
