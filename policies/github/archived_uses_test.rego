package shipgate.github.archived_uses_test

import data.shipgate.github.archived_uses as policy
import data.shipgate.lib.github_testing as t

wf(steps) := t.workflow(["push"], [t.job("build", steps)])

test_fails_on_create_release if {
	policy.deny == {{
		"msg": `step 0 of job "build" uses "actions/create-release", whose repository is archived and gets no fixes; use softprops/action-gh-release or gh release create instead`,
		"src": "/jobs/build/steps/0/uses",
		"resource": `step 0 of job "build"`,
	}} with input as wf([t.uses_step(0, "actions", "create-release", "v1", [])])
}

test_fails_on_owner_wildcard if {
	count(policy.deny) == 1 with input as wf([t.uses_step(0, "actions-rs", "toolchain", "v1", [])])
}

test_passes_on_maintained_actions if {
	count(policy.deny) == 0 with input as wf([t.uses_step(0, "actions", "checkout", "v4", []), t.uses_step(1, "actions-rsx", "x", "v1", [])])
}
