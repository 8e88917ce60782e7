package shipgate.github.artipacked_test

import data.shipgate.github.artipacked as policy
import data.shipgate.lib.github_testing as t

checkout(inputs) := t.uses_step(0, "actions", "checkout", "v4", inputs)

upload := t.uses_step(1, "actions", "upload-artifact", "v4", [t.input_value("path", ".")])

test_fails_on_checkout_then_upload if {
	policy.deny == {{
		"msg": `step 0 of job "build" checks out with the token kept in .git/config and step 1 of job "build" uploads an artifact, which may include it; set persist-credentials: false on the checkout`,
		"src": "/jobs/build/steps/0/uses",
		"resource": `step 0 of job "build"`,
	}} with input as t.workflow(["push"], [t.job("build", [checkout([]), upload])])
}

test_fails_with_persist_true if {
	count(policy.deny) == 1 with input as t.workflow(["push"], [t.job("build", [checkout([t.input_value("persist-credentials", "true")]), upload])])
}

test_passes_with_persist_false_or_no_upload if {
	count(policy.deny) == 0 with input as t.workflow(["push"], [t.job("build", [checkout([t.input_value("persist-credentials", "false")]), upload])])
	count(policy.deny) == 0 with input as t.workflow(["push"], [t.job("build", [checkout([])])])
}

test_unknown_does_not_fire if {
	e := t.expr("inputs.persist", ["inputs.persist"], [])
	count(policy.deny) == 0 with input as t.workflow(["push"], [t.job("build", [checkout([t.input_expr("persist-credentials", [e])]), upload])])
}
