# METADATA
# title: Buildspec prints a secret to the build log
# description: >-
#   echo or printf of a variable that holds a secret writes it to the build log, which
#   everyone with access to the project's builds (and CloudWatch Logs or S3, where logs
#   are kept) can read. CodeBuild masks the exact values it read from Parameter Store and
#   Secrets Manager, but not values derived from them, nor secrets from other sources. The
#   rule reports a variable read from env.parameter-store or env.secrets-manager, or one
#   whose name says it holds a secret, printed to standard output that is neither
#   redirected to a file nor piped into another command; ${#VAR} (the length) is fine.
# custom:
#   id: BUILDSPEC-002
#   severity: medium
#   input: buildspec
#   remediation: |
#     Do not print secrets. Pass them to the command that needs them on standard input,
#     or print only whether they are set.
#
#     ```yaml
#     phases:
#       pre_build:
#         commands:
#           - echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.example.com
#           - test -n "$API_TOKEN" && echo "API_TOKEN is set"
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "owasp-cicd CICD-SEC-10", "devops secrets"]
package shipgate.buildspec.secret_echo

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, w) if {
	some [_, s] in bs.simple_commands
	s.name in {"echo", "printf"}
	bs.writes_to_log(s)
	some w in s.args
	some name in w.vars
	what := bs.secret_variable(name)
	not length_only(w.value, name)
	msg := sprintf("%s prints $%s, a variable %s, to the build log%s; do not print secrets: pipe the value into the command that needs it, or print only whether it is set", [s.name, name, what, bs.where])
}

# length_only is true when the word uses the variable only for its length
# (${#VAR}) or to test that it is set (${VAR:+set}).
length_only(value, name) if {
	uses := regex.find_n(sprintf(`\$\{?[#!]?%s[^A-Za-z0-9_]?[:+]?`, [name]), value, -1)
	every u in uses {
		regex.match(sprintf(`^\$\{#%s|^\$\{%s:?\+`, [name, name]), u)
	}
}
