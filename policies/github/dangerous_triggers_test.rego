package shipgate.github.dangerous_triggers_test

import data.shipgate.github.dangerous_triggers as policy
import data.shipgate.lib.github_testing as t

test_fails_on_pull_request_target if {
	policy.deny == {{
		"msg": "the workflow runs on pull_request_target, with the base repository's secrets and token for an event a fork controls; use pull_request if the job needs neither, else never run the pull request's code and restrict permissions",
		"src": "/on/pull_request_target",
	}} with input as t.workflow(["push", "pull_request_target"], [])
}

test_fails_on_workflow_run if {
	count(policy.deny) == 1 with input as t.workflow(["workflow_run"], [])
}

test_passes_on_pull_request if {
	count(policy.deny) == 0 with input as t.workflow(["pull_request", "push"], [])
}

test_action_does_not_fire if {
	count(policy.deny) == 0 with input as t.action([])
}
