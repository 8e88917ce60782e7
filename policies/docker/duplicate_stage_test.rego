package shipgate.docker.duplicate_stage_test

import data.shipgate.docker.duplicate_stage as policy
import data.shipgate.lib.docker.testing as t

named(a, b) := t.df([], [t.stage(0, {"name": a, "name_lower": lower(a), "final": false}), t.stage(1, {"name": b, "name_lower": lower(b)})])

test_duplicate_fails if {
	policy.deny == {{
		"msg": `stage name "Build" is already used by stage 0; give each stage its own name`,
		"src": "/n", "resource": "Build",
	}} with input as named("build", "Build")
}

test_unique_passes if {
	count(policy.deny) == 0 with input as named("build", "test")
}

test_unnamed_passes if {
	count(policy.deny) == 0 with input as named("", "")
}
