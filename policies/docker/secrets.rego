# METADATA
# title: Secret in an ENV or ARG value
# description: >-
#   ENV values are stored in the image's configuration and ARG values in its build
#   history (docker history shows them): anyone who can pull the image can read them.
#   The rule judges the value written in the Dockerfile as AWS-CODEBUILD-002 does: a
#   value in a known credential format (AWS access key id, GitHub, GitLab, Slack, npm,
#   Stripe or Google API token, a private key, a URL with a password) is reported
#   whatever the variable is called; a value that looks like a credential under a name
#   that says password, secret, token or key is reported too. References and
#   placeholders are not secrets: ${VAR}, empty values, paths, changeme, <token>. An
#   ARG without a default is not reported (its value comes from --build-arg; use a
#   secret mount for secrets anyway).
# custom:
#   id: DOCKER-006
#   severity: high
#   input: dockerfile
#   remediation: |
#     Pass secrets with a BuildKit secret mount, which never lands in a layer or the
#     history, and rotate the exposed value.
#
#     ```dockerfile
#     # docker build --secret id=npm_token,env=NPM_TOKEN .
#     RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
#     ```
#   frameworks: ["cis-docker-1.6 4.10", "devops secrets"]
#   secret: true
package shipgate.docker.secrets

import data.shipgate.lib.docker
import data.shipgate.lib.secrets as values

deny contains docker.result(msg, i, p.value_src) if {
	some i in input.dockerfile.instructions
	i.cmd in {"env", "arg"}
	some p in i.pairs
	p.has_value
	not contains(p.value, "$")
	not contains(p.value, "{{")
	what := values.secret(p.key, p.value)
	msg := sprintf("%s %q has a value that %s, stored in the image for anyone who pulls it; pass it with a secret mount (RUN --mount=type=secret) and rotate it", [upper(i.cmd), p.key, what])
}
