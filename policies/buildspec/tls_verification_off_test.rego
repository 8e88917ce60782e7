package shipgate.buildspec.tls_verification_off_test

import data.shipgate.buildspec.testing as t
import data.shipgate.buildspec.tls_verification_off as policy

deny_for(vars, commands) := r if {
	r := policy.deny with input as t.input_of({"env": t.env({"variables": vars}), "phases": [t.phase("install", commands, {})]})
}

test_fails_on_verification_off if {
	deny_for([], [t.cmd("install", 0, [["curl", "-fsSLk", "https://x"]])]) == {{
		"msg": `curl turns off TLS certificate verification (-k); keep verification on and trust your CA instead`,
		"src": "/phases/install/commands/0/cmd/0/word/1",
	}}
	count(deny_for([], [t.cmd("install", 0, [["wget", "--no-check-certificate", "https://x"]])])) == 1
	count(deny_for([], [t.cmd("install", 0, [["pip", "install", "--trusted-host", "pypi.internal", "x"]])])) == 1
	count(deny_for([], [t.cmd("install", 0, [["git", "-c", "http.sslVerify=false", "clone", "https://x"]])])) == 1
	count(deny_for([], [t.cmd("install", 0, [["npm", "config", "set", "strict-ssl", "false"]])])) == 1
	count(deny_for([t.var("NODE_TLS_REJECT_UNAUTHORIZED", "0")], [])) == 1
	count(deny_for([], [object.union(t.unparsed("install", 0, "export GIT_SSL_NO_VERIFY=true"), {"parsed": true})])) == 1
}

test_passes_with_verification if {
	count(deny_for([], [t.cmd("install", 0, [["curl", "-fsSL", "https://x"]])])) == 0
	count(deny_for([], [t.cmd("install", 0, [["kubectl", "--insecure-skip-tls-verify=false", "get", "pods"]])])) == 0
	count(deny_for([t.var("NODE_TLS_REJECT_UNAUTHORIZED", "1")], [])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([t.var("NODE_TLS_REJECT_UNAUTHORIZED", "$TLS")], [])) == 0
	count(deny_for([], [t.unparsed("install", 0, "curl -k https://x")])) == 0
}
