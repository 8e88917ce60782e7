package shipgate.docker.package_cache_test

import data.shipgate.docker.package_cache as policy
import data.shipgate.lib.docker.testing as t

test_apt_lists_left_fails if {
	policy.deny == {{
		"msg": `apt-get install leaves the package lists in the image; add && rm -rf /var/lib/apt/lists/* in the same RUN`,
		"src": "/c/apt-get/3", "resource": "stage 0",
	}} with input as t.runs([t.cmd("apt-get", ["install", "-y", "curl"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("apk", ["add", "curl"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("dnf", ["install", "-y", "curl"])])
}

test_cleaned_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("apt-get", ["install", "-y", "curl"]), t.cmd("rm", ["-rf", "/var/lib/apt/lists/*"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apk", ["add", "--no-cache", "curl"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("dnf", ["install", "-y", "curl"]), t.cmd("dnf", ["clean", "all"])])
}

test_cache_mount_builder_and_unknown_pass if {
	mount := t.instr(0, 0, "run", {"commands_known": true, "commands": [t.cmd("apt-get", ["install", "-y", "x"])], "flags": [t.flag("mount", "type=cache,target=/var/cache/apt")]})
	count(policy.deny) == 0 with input as t.df([mount], [t.stage(0, {})])
	count(policy.deny) == 0 with input as t.df([t.run(0, [t.cmd("apk", ["add", "gcc"])])], [t.stage(0, {"final": false}), t.stage(1, {})])
	count(policy.deny) == 0 with input as t.runs([t.cmd("apk", ["add", "x"]), t.cmd("rm", ["-rf", "$CACHE_DIR"])])
}
