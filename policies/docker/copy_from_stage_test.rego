package shipgate.docker.copy_from_stage_test

import data.shipgate.docker.copy_from_stage as policy
import data.shipgate.lib.docker.testing as t

two := [t.stage(0, {"name": "build", "name_lower": "build", "final": false}), t.stage(1, {"name": "run", "name_lower": "run"})]

copy(from) := t.df([t.instr(1, 1, "copy", {"flags": [t.flag("from", from)]})], two)

test_missing_stage_fails if {
	policy.deny == {{
		"msg": "COPY --from=buld matches no stage, so Docker pulls an image of that name from Docker Hub; name an earlier stage, or write the image with its registry and tag",
		"src": "/f", "resource": "run",
	}} with input as copy("buld")
	count(policy.deny) == 1 with input as copy("run")
	count(policy.deny) == 1 with input as copy("1")
}

test_earlier_stage_passes if {
	count(policy.deny) == 0 with input as copy("build")
	count(policy.deny) == 0 with input as copy("BUILD")
	count(policy.deny) == 0 with input as copy("0")
	count(policy.deny) == 0 with input as copy("nginx:1.27")
	count(policy.deny) == 0 with input as copy("ghcr.io/org/tool")
}

test_variable_passes if {
	count(policy.deny) == 0 with input as copy("${BUILDER}")
}
