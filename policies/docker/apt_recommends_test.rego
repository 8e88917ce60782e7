package shipgate.docker.apt_recommends_test

import data.shipgate.docker.apt_recommends as policy
import data.shipgate.lib.docker.testing as t

test_recommends_fails if {
	policy.deny == {{
		"msg": `apt-get install also installs recommended packages; add --no-install-recommends`,
		"src": "/c/apt-get/3", "resource": "stage 0",
	}} with input as t.runs([t.cmd("apt-get", ["install", "-y", "curl"])])
}

test_no_recommends_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "-y", "--no-install-recommends", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["-o", "APT::Install-Recommends=false", "install", "-y", "curl"])])
}

test_unknown_and_builder_pass if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "-y", "$PKGS"])])
	count(policy.deny) == 0 with input as t.df([t.run(0, [t.cmd("apt-get", ["install", "-y", "gcc"])])], [t.stage(0, {"final": false}), t.stage(1, {})])
}
