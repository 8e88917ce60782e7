package shipgate.docker.package_pinning_test

import data.shipgate.docker.package_pinning as policy
import data.shipgate.lib.docker.testing as t

test_unpinned_fails if {
	policy.deny == {{
		"msg": `apt-get installs "curl" without a version; pin it (name=version)`,
		"src": "/w", "resource": "stage 0",
	}} with input as t.runs([t.cmd("apt-get", ["install", "-y", "curl"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("pip", ["install", "requests"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("apk", ["add", "--no-cache", "curl"])])
}

test_pinned_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "-y", "curl=8.5.0-2"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("pip", ["install", "requests==2.32.3"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("pip", ["install", "-r", "requirements.txt"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("dnf", ["install", "-y", "curl-8.5.0"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apk", ["add", "--virtual", "build-deps", "gcc=13.2.1-r0"])])
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "-y", "$PACKAGES"])])
}
