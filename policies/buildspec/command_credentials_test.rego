package shipgate.buildspec.command_credentials_test

import data.shipgate.buildspec.command_credentials as policy
import data.shipgate.buildspec.testing as t

deny_for(commands) := r if {
	r := policy.deny with input as t.input_of({"phases": [t.phase("build", commands, {})]})
}

test_fails_on_known_credentials if {
	deny_for([t.cmd("build", 0, [["aws", "configure", "set", "aws_access_key_id", "AKIA2E0A8F3B244C9986"]])]) == {{
		"msg": `aws is given an AWS access key id written in the buildspec; read it from Secrets Manager or Parameter Store into a variable and rotate the committed value`,
		"src": "/phases/build/commands/0/cmd/0/word/4",
	}}
	count(deny_for([t.cmd("build", 0, [["curl", "-H", "Authorization: token ghp_0123456789abcdefghijABCDEFGHIJ012345", "https://api.github.com"]])])) == 1
	count(deny_for([object.union(t.unparsed("build", 0, "export NPM_TOKEN=npm_0123456789abcdefghijklmnopqrstuvwxyz"), {"parsed": true})])) == 1
}

test_passes_on_variables_and_examples if {
	count(deny_for([t.cmd("build", 0, [["aws", "configure", "set", "aws_access_key_id", "$AWS_KEY"]])])) == 0
	count(deny_for([t.cmd("build", 0, [["aws", "configure", "set", "aws_access_key_id", "AKIAIOSFODNN7EXAMPLE"]])])) == 0
	count(deny_for([t.cmd("build", 0, [["echo", "hello"]])])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([t.cmd("build", 0, [["curl", "-H", "Authorization: token $GITHUB_TOKEN", "https://api.github.com"]])])) == 0
}
