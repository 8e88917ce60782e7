package shipgate.docker.update_alone_test

import data.shipgate.docker.update_alone as policy
import data.shipgate.lib.docker.testing as t

test_update_alone_fails if {
	policy.deny == {{
		"msg": "apt-get update runs in a RUN that installs nothing, so a later install may use a stale cached index; update and install in the same RUN",
		"src": "/c/apt-get/1", "resource": "stage 0",
	}} with input as t.runs([t.cmd("apt-get", ["update"])])
}

test_update_and_install_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["update"]), t.cmd("apt-get", ["install", "-y", "x"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apk", ["update"]), t.cmd("apk", ["add", "x"])])
}

test_unknown_command_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["update"]), t.cmd("", ["x"])])
}
