package shipgate.buildspec.xtrace_secrets_test

import data.shipgate.buildspec.testing as t
import data.shipgate.buildspec.xtrace_secrets as policy

deny_for(env, phases) := r if {
	r := policy.deny with input as t.input_of({"env": t.env(env), "phases": phases})
}

ps := {"parameter_store": [t.ref("parameter-store", "NPM_TOKEN", "/ci/npm")]}

test_fails_on_set_x_before_a_secret_is_used if {
	deny_for(ps, [
		t.phase("install", [t.cmd("install", 0, [["set", "-ex"]])], {}),
		t.phase("build", [t.cmd("build", 0, [["npm", "publish", "--//registry.npmjs.org/:_authToken=$NPM_TOKEN"]])], {}),
	]) == {{
		"msg": `set -x prints every later command with its arguments expanded, and later commands use $NPM_TOKEN, which hold secrets; remove set -x or turn it off with set +x before those commands`,
		"src": "/phases/install/commands/0/cmd/0",
	}}
	count(deny_for({}, [t.phase("build", [t.cmd("build", 0, [["set", "-o", "xtrace"]]), t.cmd("build", 1, [["curl", "-H", "Authorization: $API_TOKEN", "https://x"]])], {})])) == 1
}

test_passes_without_later_secret_or_with_set_plus_x if {
	# The secret is used before tracing starts.
	count(deny_for(ps, [
		t.phase("install", [t.cmd("install", 0, [["npm", "config", "set", "//r/:_authToken=$NPM_TOKEN"]])], {}),
		t.phase("build", [t.cmd("build", 0, [["set", "-x"]])], {}),
	])) == 0
	count(deny_for(ps, [t.phase("build", [t.cmd("build", 0, [["set", "-x"]]), t.cmd("build", 1, [["set", "+x"]]), t.cmd("build", 2, [["npm", "publish", "$NPM_TOKEN"]])], {})])) == 0
	count(deny_for(ps, [t.phase("build", [t.cmd("build", 0, [["set", "-e"]]), t.cmd("build", 1, [["npm", "publish", "$NPM_TOKEN"]])], {})])) == 0
}

test_version_01_runs_each_command_alone if {
	r := policy.deny with input as t.input_of({
		"version": t.setting("0.1", "/version"),
		"env": t.env(ps),
		"phases": [t.phase("build", [t.cmd("build", 0, [["set", "-x"]]), t.cmd("build", 1, [["npm", "publish", "$NPM_TOKEN"]])], {})],
	})
	count(r) == 0
}

test_unparsed_commands_do_not_fire if {
	count(deny_for(ps, [t.phase("build", [t.unparsed("build", 0, "set -x; npm publish $NPM_TOKEN")], {})])) == 0
}
