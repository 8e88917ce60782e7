package shipgate.docker.cd_test

import data.shipgate.docker.cd as policy
import data.shipgate.lib.docker.testing as t

test_leading_cd_warns if {
	policy.warn == {{
		"msg": "RUN starts with cd /src, which lasts only for this RUN; set the directory with WORKDIR",
		"src": "/c/cd/1", "resource": "stage 0",
	}} with input as t.runs([t.cmd("cd", ["/src"]), t.cmd("make", [])])
}

test_later_cd_passes if {
	count(policy.warn) == 0 with input as t.runs([t.cmd("git", ["clone", "x"]), t.cmd("cd", ["x"])])
}

test_unknown_passes if {
	count(policy.warn) == 0 with input as t.df([t.instr(0, 0, "run", {"commands_known": false})], [t.stage(0, {})])
}
