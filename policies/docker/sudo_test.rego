package shipgate.docker.sudo_test

import data.shipgate.docker.sudo as policy
import data.shipgate.lib.docker.testing as t

test_sudo_wrapper_fails if {
	policy.deny == {{
		"msg": `RUN uses sudo; run the step as root with USER root and switch back with USER, instead of installing sudo in the image`,
		"src": "/c/apt-get/2", "resource": "stage 0",
	}} with input as t.runs([object.union(t.cmd("apt-get", ["install", "x"]), {"wrappers": ["sudo"]})])
}

test_sudo_alone_fails if {
	count(policy.deny) == 1 with input as t.runs([t.cmd("sudo", [])])
}

test_no_sudo_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "sudo"])])
	count(policy.deny) == 0 with input as t.df([t.instr(0, 0, "run", {"commands_known": false})], [t.stage(0, {})])
}
