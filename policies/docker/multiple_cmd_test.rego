package shipgate.docker.multiple_cmd_test

import data.shipgate.docker.multiple_cmd as policy
import data.shipgate.lib.docker.testing as t

test_two_cmds_fail if {
	policy.deny == {{
		"msg": "this CMD is overridden by the CMD on a later line of the same stage; keep only one",
		"src": "/instructions/0", "resource": "stage 0",
	}} with input as t.df([t.instr(0, 0, "cmd", {}), t.instr(1, 0, "cmd", {})], [t.stage(0, {})])
}

test_one_each_passes if {
	count(policy.deny) == 0 with input as t.df([t.instr(0, 0, "entrypoint", {}), t.instr(1, 0, "cmd", {})], [t.stage(0, {})])
}

test_other_stages_pass if {
	count(policy.deny) == 0 with input as t.df([t.instr(0, 0, "cmd", {}), t.instr(1, 1, "cmd", {})], [t.stage(0, {"final": false}), t.stage(1, {})])
}
