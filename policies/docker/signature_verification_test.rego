package shipgate.docker.signature_verification_test

import data.shipgate.docker.signature_verification as policy
import data.shipgate.lib.docker.testing as t

test_nogpgcheck_fails if {
	policy.deny == {{
		"msg": "dnf --nogpgcheck installs packages without checking their signatures; remove it and import the repository's key",
		"src": "/w", "resource": "stage 0",
	}} with input as t.runs([t.cmd("dnf", ["install", "-y", "--nogpgcheck", "x"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("apk", ["add", "--allow-untrusted", "x.apk"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("apt-get", ["install", "-y", "--allow-unauthenticated", "x"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("echo", ["deb [trusted=yes] http://x/ ./"])])
}

test_signed_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("dnf", ["install", "-y", "x"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("echo", ["deb [signed-by=/k.gpg] https://x/ ./"])])
}

test_local_packages_pass if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("echo", ["deb [ trusted=yes ] file:///tmp/repo ./"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apk", ["add", "--allow-untrusted", "/tmp/packages/x.apk"])])
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("dnf", ["install", "$DNF_OPTS", "x"])])
}
