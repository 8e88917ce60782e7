package shipgate.github.unpinned_tools_test

import data.shipgate.github.unpinned_tools as policy
import data.shipgate.lib.github_testing as t

wf(cmds) := t.workflow(["push"], [t.job("build", [t.script_step(0, cmds)])])

test_warns_on_pip_without_version if {
	policy.warn == {{
		"msg": `step 0 of job "build" installs "black" with pip without a version; pin it (name==1.2.3)`,
		"src": "/jobs/build/steps/0/run/cmd/0",
		"resource": `step 0 of job "build"`,
	}} with input as wf([t.command("pip", ["install", "black==24.8.0", "black"])])
}

test_warns_on_npm_global_and_go_latest if {
	count(policy.warn) == 2 with input as wf([
		t.command("npm", ["install", "-g", "prettier"]),
		t.command("go", ["install", "golang.org/x/tools/cmd/goimports@latest"]),
	])
}

test_passes_on_pinned_and_files if {
	count(policy.warn) == 0 with input as wf([
		t.command("pip", ["install", "-r", "requirements.txt", "-e", ".", "black==24.8.0"]),
		t.command("npm", ["install", "-g", "prettier@3.3.3"]),
		t.command("npm", ["install"]),
		t.command("go", ["install", "golang.org/x/tools/cmd/goimports@v0.24.0"]),
	])
}

test_unknown_words_do_not_fire if {
	cmd := object.union(t.command("pip", ["install"]), {"args": [{"value": "install", "literal": true, "src": "/a"}, {"value": "$PKG", "literal": false, "src": "/b"}]})
	count(policy.warn) == 0 with input as wf([cmd])
}
