package shipgate.github.typosquat_uses_test

import data.shipgate.github.typosquat_uses as policy
import data.shipgate.lib.github_testing as t

wf(owner) := t.workflow(["push"], [t.job("build", [t.uses_step(0, owner, "checkout", "v4", [])])])

test_fails_on_missing_letter if {
	policy.deny == {{
		"msg": `step 0 of job "build" uses "actons/checkout@v4", whose owner "actons" is one letter away from "actions"; check the spelling and use actions's action`,
		"src": "/jobs/build/steps/0/uses",
		"resource": `step 0 of job "build"`,
	}} with input as wf("actons")
}

test_fails_on_substitution_transposition_insertion if {
	count(policy.deny) == 1 with input as wf("githib")
	count(policy.deny) == 1 with input as wf("dokcer")
	count(policy.deny) == 1 with input as wf("actionss")
}

test_passes_on_real_and_distant_owners if {
	count(policy.deny) == 0 with input as wf("actions")
	count(policy.deny) == 0 with input as wf("Actions")
	count(policy.deny) == 0 with input as wf("softprops")
	count(policy.deny) == 0 with input as wf("act")
}
