package shipgate.docker.package_noninteractive_test

import data.shipgate.docker.package_noninteractive as policy
import data.shipgate.lib.docker.testing as t

test_missing_yes_fails if {
	policy.deny == {{
		"msg": `apt-get install has no -y and will wait for a confirmation the build cannot give; add -y`,
		"src": "/c/apt-get/2", "resource": "stage 0",
	}} with input as t.runs([t.cmd("apt-get", ["install", "curl"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("dnf", ["install", "curl"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("zypper", ["install", "curl"])])
}

test_answered_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["-qy", "install", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "--yes", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["-qq", "install", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("yum", ["-y", "install", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("zypper", ["-n", "in", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["update"])])
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "$APT_OPTS", "curl"])])
}
