package shipgate.github.trusted_publishing_test

import data.shipgate.github.trusted_publishing as policy
import data.shipgate.lib.github_testing as t

wf(steps) := t.workflow(["release"], [t.job("build", steps)])

secret_env(name, secret) := [{"name": name, "src": "/e", "value": {"value": "x", "src": "/e", "known": false, "exprs": [t.expr(secret, [secret], [])]}}]

test_fails_on_pypi_password if {
	s := t.uses_step(0, "pypa", "gh-action-pypi-publish", "release/v1", [t.input_expr("password", [t.expr("secrets.PYPI", ["secrets.pypi"], [])])])
	policy.deny == {{
		"msg": `step 0 of job "build" uploads to PyPI with a password (API token); configure trusted publishing on PyPI, grant id-token: write and remove the password input`,
		"src": "/w/password",
		"resource": `step 0 of job "build"`,
	}} with input as wf([s])
}

test_fails_on_npm_publish_with_token if {
	s := object.union(t.script_step(0, [t.command("npm", ["publish"])]), {"env": secret_env("NODE_AUTH_TOKEN", "secrets.npm_token")})
	count(policy.deny) == 1 with input as wf([s])
}

test_fails_on_cargo_token_flag if {
	count(policy.deny) == 1 with input as wf([t.script_step(0, [t.command("cargo", ["publish", "--token", "x"])])])
}

test_passes_on_trusted_publishing_and_github_packages if {
	count(policy.deny) == 0 with input as wf([t.uses_step(0, "pypa", "gh-action-pypi-publish", "release/v1", [])])
	s := object.union(t.script_step(0, [t.command("npm", ["publish"])]), {"env": secret_env("NODE_AUTH_TOKEN", "secrets.github_token")})
	count(policy.deny) == 0 with input as wf([s])
}
