package shipgate.docker.relative_workdir_test

import data.shipgate.docker.relative_workdir as policy
import data.shipgate.lib.docker.testing as t

wd(v) := t.df([t.instr(0, 0, "workdir", {"args": [t.arg(v)]})], [t.stage(0, {})])

test_relative_fails if {
	policy.deny == {{
		"msg": `WORKDIR "app" is relative to the previous WORKDIR, which may come from the base image; use an absolute path`,
		"src": "/a", "resource": "stage 0",
	}} with input as wd("app")
}

test_absolute_passes if {
	count(policy.deny) == 0 with input as wd("/app")
	count(policy.deny) == 0 with input as wd(`C:\app`)
}

test_variable_passes if {
	count(policy.deny) == 0 with input as wd("$HOME/app")
}
