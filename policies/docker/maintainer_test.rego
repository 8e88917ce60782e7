package shipgate.docker.maintainer_test

import data.shipgate.docker.maintainer as policy
import data.shipgate.lib.docker.testing as t

test_maintainer_fails if {
	policy.deny == {{
		"msg": "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"...\"",
		"src": "/instructions/0", "resource": "stage 0",
	}} with input as t.df([t.instr(0, 0, "maintainer", {})], [t.stage(0, {})])
}

test_label_passes if {
	count(policy.deny) == 0 with input as t.df([t.instr(0, 0, "label", {"pairs": [t.pair("org.opencontainers.image.authors", "x")]})], [t.stage(0, {})])
}

test_empty_passes if {
	count(policy.deny) == 0 with input as t.df([], [t.stage(0, {})])
}
