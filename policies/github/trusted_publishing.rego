# METADATA
# title: Package is published with a long-lived token where trusted publishing exists
# description: >-
#   PyPI, npm, crates.io and RubyGems accept "trusted publishing": the workflow proves
#   who it is with GitHub's OIDC token and receives a short-lived upload credential, so no
#   API token is stored in secrets, where it can leak and stays valid for months. The rule
#   reports pypa/gh-action-pypi-publish with a password, and twine, uv, poetry, npm,
#   cargo and gem publishing commands given a token (by flag or by their token variable).
# custom:
#   id: GHA-023
#   severity: low
#   input: workflow
#   remediation: |
#     Configure the workflow as a trusted publisher on the registry, give the job
#     `permissions: id-token: write`, and drop the token:
#
#     ```yaml
#     - uses: pypa/gh-action-pypi-publish@<sha> # release/v1
#     ```
#   frameworks: ["devops secrets", "devops supply-chain"]
#   aliases: ["zizmor/use-trusted-publishing"]
package shipgate.github.trusted_publishing

import data.shipgate.lib.github

deny contains {"msg": msg, "src": w.src, "resource": github.where(x)} if {
	some x in github.steps
	github.uses_action(x.step, "pypa/gh-action-pypi-publish")
	some w in x.step.with
	w.name == "password"
	msg := sprintf("%s uploads to PyPI with a password (API token); configure trusted publishing on PyPI, grant id-token: write and remove the password input", [github.where(x)])
}

deny contains {"msg": msg, "src": cmd.src, "resource": github.where(x)} if {
	some x in github.steps
	some cmd in x.step.run.commands
	some tool in _publishes(cmd)
	_token(x, cmd, tool)
	msg := sprintf("%s publishes with %s and a long-lived token; %s supports trusted publishing from GitHub Actions: configure it, grant id-token: write and remove the token", [github.where(x), tool, _registry[tool]])
}

_registry := {"twine": "PyPI", "uv": "PyPI", "poetry": "PyPI", "npm": "npm", "cargo": "crates.io", "gem": "RubyGems"}

_publishes(cmd) := {"twine"} if {
	cmd.name == "twine"
	_arg(cmd, 0) == "upload"
}

_publishes(cmd) := {cmd.name} if {
	cmd.name in {"uv", "poetry", "npm", "cargo"}
	_arg(cmd, 0) == "publish"
}

_publishes(cmd) := {"gem"} if {
	cmd.name == "gem"
	_arg(cmd, 0) == "push"
}

_arg(cmd, i) := cmd.args[i].value

# _token_flags and _token_vars give a tool its token.
_token_flags := {
	"twine": {"-p", "--password"}, "uv": {"--token", "-t", "--password", "-p"},
	"poetry": {"--password", "-p"}, "cargo": {"--token"}, "npm": set(), "gem": set(),
}

_token_vars := {
	"twine": {"TWINE_PASSWORD"}, "uv": {"UV_PUBLISH_TOKEN", "UV_PUBLISH_PASSWORD"},
	"poetry": {"POETRY_PYPI_TOKEN_PYPI", "POETRY_HTTP_BASIC_PYPI_PASSWORD"},
	"cargo": {"CARGO_REGISTRY_TOKEN"}, "npm": {"NODE_AUTH_TOKEN", "NPM_TOKEN"},
	"gem": {"GEM_HOST_API_KEY"},
}

_token(_, cmd, tool) if {
	some a in cmd.args
	some f in _token_flags[tool]
	regex.match(sprintf(`^%s(=.*)?$`, [f]), a.value)
}

# A token variable set from a secret other than GITHUB_TOKEN (which
# publishes to GitHub Packages, where trusted publishing does not apply).
_token(x, _, tool) if {
	some v in _env(x)
	v.name in _token_vars[tool]
	some e in v.value.exprs
	some c in e.contexts
	startswith(c.path, "secrets.")
	c.path != "secrets.github_token"
}

_env(x) := array.concat(array.concat(x.step.env, _job_env(x)), input.workflow.env)

_job_env(x) := job.env if {
	some job in input.workflow.jobs
	job.src == x.job_src
} else := []
