package shipgate.docker.tls_verification_test

import data.shipgate.docker.tls_verification as policy
import data.shipgate.lib.docker.testing as t

test_curl_insecure_fails if {
	policy.deny == {{
		"msg": "curl -fsSLk switches off TLS certificate verification, so anyone on the network path can serve the download; remove it (add a proxy's CA to the trust store instead)",
		"src": "/w", "resource": "stage 0",
	}} with input as t.runs([t.cmd("curl", ["-fsSLk", "https://x"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("wget", ["--no-check-certificate", "https://x"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("pip", ["install", "--trusted-host", "pypi.org", "x"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("git", ["-c", "http.sslVerify=false", "clone", "x"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("git", ["config", "--global", "http.sslVerify", "false"])])
	count(policy.deny) == 1 with input as t.runs([t.cmd("npm", ["config", "set", "strict-ssl", "false"])])
}

test_env_fails if {
	env := t.df([t.instr(0, 0, "env", {"pairs": [t.pair("NODE_TLS_REJECT_UNAUTHORIZED", "0")]})], [t.stage(0, {})])
	count(policy.deny) == 1 with input as env
}

test_verified_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("curl", ["-fsSL", "https://x"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("curl", ["-fsSLo", "k", "https://x"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("npm", ["config", "set", "strict-ssl", "true"])])
	env := t.df([t.instr(0, 0, "env", {"pairs": [t.pair("NODE_TLS_REJECT_UNAUTHORIZED", "1")]})], [t.stage(0, {})])
	count(policy.deny) == 0 with input as env
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as t.runs([t.cmd("curl", ["$CURL_OPTS", "https://x"])])
}
