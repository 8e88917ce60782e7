package shipgate.github.bot_conditions_test

import data.shipgate.github.bot_conditions as policy
import data.shipgate.lib.github_testing as t

cond(left, right) := object.union(t.expr("c", [], []), {"compares": [{"op": "==", "left": left, "right": right}]})

job(e) := object.union(t.job("merge", []), {"if": {"value": "c", "src": "/jobs/merge/if", "known": true, "exprs": [e], "form": "bare"}})

test_fails_on_actor_check if {
	e := cond({"kind": "context", "value": "github.actor"}, {"kind": "literal", "value": "dependabot[bot]"})
	policy.deny == {{
		"msg": `the condition "c" trusts github.actor, which is the last actor of the run and not the pull request's author; compare github.event.pull_request.user.login instead`,
		"src": e.src,
	}} with input as t.workflow(["pull_request_target"], [job(e)])
}

test_fails_reversed if {
	e := cond({"kind": "literal", "value": "renovate[bot]"}, {"kind": "context", "value": "github.triggering_actor"})
	count(policy.deny) == 1 with input as t.workflow(["pull_request"], [job(e)])
}

test_passes_on_pull_request_user if {
	e := cond({"kind": "context", "value": "github.event.pull_request.user.login"}, {"kind": "literal", "value": "dependabot[bot]"})
	count(policy.deny) == 0 with input as t.workflow(["pull_request"], [job(e)])
}

test_passes_on_human_actor if {
	e := cond({"kind": "context", "value": "github.actor"}, {"kind": "literal", "value": "octocat"})
	count(policy.deny) == 0 with input as t.workflow(["pull_request"], [job(e)])
}
