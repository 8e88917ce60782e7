package shipgate.buildspec.secret_echo_test

import data.shipgate.buildspec.secret_echo as policy
import data.shipgate.buildspec.testing as t

deny_for(env, commands) := r if {
	r := policy.deny with input as t.input_of({"env": t.env(env), "phases": [t.phase("build", commands, {})]})
}

sm := {"secrets_manager": [t.ref("secrets-manager", "DB_PASS", "prod/db:password")]}

test_fails_on_echo_of_a_declared_secret if {
	deny_for(sm, [t.cmd("build", 0, [["echo", "password is $DB_PASS"]])]) == {{
		"msg": `echo prints $DB_PASS, a variable read from Secrets Manager, to the build log; do not print secrets: pipe the value into the command that needs it, or print only whether it is set`,
		"src": "/phases/build/commands/0/cmd/0/word/1",
	}}
}

test_fails_on_echo_of_a_secret_named_variable if {
	count(deny_for({}, [t.cmd("build", 0, [["printf", "%s", "${GITHUB_TOKEN}"]])])) == 1
}

test_passes_when_piped_redirected_or_not_secret if {
	count(deny_for(sm, [t.cmd("build", 0, [["echo", "$DB_PASS"], ["docker", "login", "--password-stdin"]])])) == 0
	count(deny_for(sm, [t.cmd_redirect("build", 0, [["echo", "$DB_PASS"]], [[">", ".pgpass"]])])) == 0
	count(deny_for(sm, [t.cmd("build", 0, [["echo", "$STAGE"]])])) == 0
	count(deny_for(sm, [t.cmd("build", 0, [["echo", "${#DB_PASS}"]])])) == 0
	count(deny_for({}, [t.cmd("build", 0, [["echo", "$TOKEN_PARAMETER_NAME"]])])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(deny_for(sm, [t.unparsed("build", 0, "Write-Host $env:DB_PASS")])) == 0
}
