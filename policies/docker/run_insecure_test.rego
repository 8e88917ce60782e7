package shipgate.docker.run_insecure_test

import data.shipgate.docker.run_insecure as policy
import data.shipgate.lib.docker.testing as t

run(flags) := t.df([t.instr(0, 0, "run", {"flags": flags})], [t.stage(0, {})])

test_insecure_fails if {
	policy.deny == {{
		"msg": "RUN --security=insecure runs the step outside the build sandbox with every capability; remove it",
		"src": "/f", "resource": "stage 0",
	}} with input as run([t.flag("security", "insecure")])
}

test_sandbox_passes if {
	count(policy.deny) == 0 with input as run([t.flag("security", "sandbox")])
}

test_no_flag_passes if {
	count(policy.deny) == 0 with input as run([])
}
