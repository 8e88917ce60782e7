package shipgate.docker.chmod_world_writable_test

import data.shipgate.docker.chmod_world_writable as policy
import data.shipgate.lib.docker.testing as t

test_777_fails if {
	policy.deny == {{
		"msg": "chmod 777 makes files writable by every user in the container; grant write to the owning user or group only",
		"src": "/w", "resource": "stage 0",
	}} with input as t.runs([t.cmd("chmod", ["777", "/app"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("chmod", ["-R", "0666", "/data"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("chmod", ["o+w", "/data"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("chmod", ["a+rwx", "/data"])])
}

test_tight_modes_pass if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["755", "/app"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["+x", "/app"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["1777", "/tmp"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["g+w", "/app"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["u+w", "/app"])])
}

test_removed_directory_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["777", "$tmp"]), t.cmd("rm", ["-rf", "$tmp"])])
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("chmod", ["$MODE", "/app"])])
}
