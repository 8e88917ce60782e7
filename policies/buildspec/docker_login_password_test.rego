package shipgate.buildspec.docker_login_password_test

import data.shipgate.buildspec.docker_login_password as policy
import data.shipgate.buildspec.testing as t

deny_for(commands) := r if {
	r := policy.deny with input as t.input_of({"phases": [t.phase("pre_build", commands, {})]})
}

test_fails_on_password_arguments if {
	deny_for([t.cmd("pre_build", 0, [["docker", "login", "-u", "AWS", "-p", "$(aws ecr get-login-password)", "$REGISTRY"]])]) == {{
		"msg": `docker login takes the password on the command line (-p), where the build's processes and logs can see it; pipe it in with --password-stdin`,
		"src": "/phases/pre_build/commands/0/cmd/0/word/4",
	}}
	count(deny_for([t.cmd("pre_build", 0, [["podman", "login", "--password=$PW", "quay.io"]])])) == 1
	count(deny_for([t.cmd("pre_build", 0, [["helm", "registry", "login", "--password", "$PW", "r"]])])) == 1
	deny_for([t.cmd("pre_build", 0, [["aws", "ecr", "get-login", "--no-include-email"]])]) == {{
		"msg": `aws ecr get-login prints a docker login command that takes the password on the command line (-p), and AWS CLI v2 no longer has it; use aws ecr get-login-password | docker login --username AWS --password-stdin <registry>`,
		"src": "/phases/pre_build/commands/0/cmd/0",
	}}
}

test_passes_with_password_stdin if {
	count(deny_for([t.cmd("pre_build", 0, [["aws", "ecr", "get-login-password"], ["docker", "login", "--username", "AWS", "--password-stdin", "$REGISTRY"]])])) == 0
	count(deny_for([t.cmd("pre_build", 0, [["docker", "run", "-p", "8080:80", "nginx"]])])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(deny_for([t.unparsed("pre_build", 0, "docker login -p x")])) == 0
}
