package shipgate.buildspec.url_credentials_test

import data.shipgate.buildspec.testing as t
import data.shipgate.buildspec.url_credentials as policy

deny_for(commands) := r if {
	r := policy.deny with input as t.input_of({"phases": [t.phase("install", commands, {})]})
}

test_fails_on_credentials_in_urls if {
	deny_for([t.cmd("install", 0, [["git", "clone", "https://ci:${GITHUB_TOKEN}@github.com/acme/tools.git"]])]) == {{
		"msg": `git is given a https URL for "github.com" with a password or token taken from a variable in it; use a credential helper or an authorization header instead of credentials in the URL`,
		"src": "/phases/install/commands/0/cmd/0/word/2",
	}}
	count(deny_for([t.cmd("install", 0, [["pip", "install", "git+https://deploy:s3cretT0ken@git.example.com/lib.git"]])])) == 1
}

test_passes_without_password_or_locally if {
	count(deny_for([t.cmd("install", 0, [["git", "clone", "https://github.com/acme/tools.git"]])])) == 0
	count(deny_for([t.cmd("install", 0, [["git", "clone", "https://token@github.com/acme/tools.git"]])])) == 0
	count(deny_for([t.cmd("install", 0, [["psql", "postgres://app:app123@localhost:5432/test"]])])) == 0
	count(deny_for([t.cmd("install", 0, [["git", "clone", "https://user:<token>@github.com/x.git"]])])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(deny_for([t.unparsed("install", 0, "git clone https://u:p4ss@github.com/x")])) == 0
}
