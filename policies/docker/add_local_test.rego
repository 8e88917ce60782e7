package shipgate.docker.add_local_test

import data.shipgate.docker.add_local as policy
import data.shipgate.lib.docker.testing as t

add(args) := t.df([t.instr(0, 0, "add", {"args": [t.arg(a) | some a in args]})], [t.stage(0, {})])

test_local_file_fails if {
	policy.deny == {{
		"msg": `ADD copies local "app.py"; use COPY, which only copies (ADD also downloads URLs and unpacks archives)`,
		"src": "/instructions/0", "resource": "stage 0",
	}} with input as add(["app.py", "/app/"])
}

test_archive_and_url_pass if {
	count(policy.deny) == 0 with input as add(["rootfs.tar.xz", "/"])
	count(policy.deny) == 0 with input as add(["https://example.com/x", "/x"])
	count(policy.deny) == 0 with input as add(["app.py", "rootfs.tgz", "/"])
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as add(["${SRC}", "/x"])
	count(policy.deny) == 0 with input as add(["*.whl", "/x"])
}
