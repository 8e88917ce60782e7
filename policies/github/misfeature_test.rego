package shipgate.github.misfeature_test

import data.shipgate.github.misfeature as policy
import data.shipgate.lib.github_testing as t

wf(steps) := t.workflow(["push"], [t.job("build", steps)])

test_fails_on_shell_cmd if {
	s := object.union(t.step(0), {"shell": t.str("cmd", "/jobs/build/steps/0/shell")})
	policy.deny == {{
		"msg": `step 0 of job "build" runs its script with shell: cmd, which ignores failing commands and quotes unsafely; use shell: pwsh`,
		"src": "/jobs/build/steps/0/shell",
		"resource": `step 0 of job "build"`,
	}} with input as wf([s])
}

test_fails_on_extra_index_url if {
	count(policy.deny) == 1 with input as wf([t.script_step(0, [t.command("pip", ["install", "--extra-index-url", "https://x", "pkg"])])])
	count(policy.deny) == 1 with input as wf([t.script_step(0, [t.command("python3", ["-m", "pip", "install", "--extra-index-url=https://x", "pkg"])])])
}

test_passes_otherwise if {
	s := object.union(t.step(0), {"shell": t.str("pwsh", "/s")})
	count(policy.deny) == 0 with input as wf([s, t.script_step(1, [t.command("pip", ["install", "--index-url", "https://x", "pkg"])])])
}
