package shipgate.docker.add_url_test

import data.shipgate.docker.add_url as policy
import data.shipgate.lib.docker.testing as t

add(args, flags) := t.df([t.instr(0, 0, "add", {"args": [t.arg(a) | some a in args], "flags": flags})], [t.stage(0, {})])

test_url_fails if {
	policy.deny == {{
		"msg": `ADD downloads "https://example.com/x.tgz" without verifying it; add --checksum=sha256:<digest>, or download it with curl and check its checksum`,
		"src": "/a", "resource": "stage 0",
	}} with input as add(["https://example.com/x.tgz", "/x"], [])
}

test_checksum_passes if {
	count(policy.deny) == 0 with input as add(["https://example.com/x.tgz", "/x"], [t.flag("checksum", "sha256:abc")])
}

test_local_or_unknown_passes if {
	count(policy.deny) == 0 with input as add(["x.tgz", "/x"], [])
	count(policy.deny) == 0 with input as add(["${URL}", "/x"], [])
}
