# METADATA
# title: Buildspec command holds a hard-coded credential
# description: >-
#   A credential written into a command (an AWS access key id given to aws configure, a
#   GitHub token in an Authorization header, a private key echoed into a file) is
#   committed with the buildspec, readable by everyone with access to the repository
#   and printed in the build log. The rule reports command text holding a credential in
#   a known format: AWS access key id, GitHub, GitLab, Slack, npm, Stripe or Google
#   token, Slack webhook, private key or password hash. Values built from variables are
#   not judged, and AWS's documented example keys are ignored.
# custom:
#   id: BUILDSPEC-015
#   severity: high
#   input: buildspec
#   remediation: |
#     Read the credential from Secrets Manager or Parameter Store into a variable, use
#     the variable in the command, and rotate the committed value. For AWS, rely on the
#     project's service role instead of access keys.
#
#     ```yaml
#     env:
#       secrets-manager:
#         GITHUB_TOKEN: ci/github:token
#     phases:
#       build:
#         commands:
#           - curl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
#   secret: true
package shipgate.buildspec.command_credentials

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, w) if {
	some c in bs.commands
	regex.match(bs.credential_hint, c.text)
	some s in c.cmds
	some w in array.concat(s.words, [a.value | some a in s.assigns])
	what := bs.credential_format(w.value)
	msg := sprintf("%s is given %s written in the buildspec%s; read it from Secrets Manager or Parameter Store into a variable and rotate the committed value", [command_name(s), what, bs.where])
}

# Declarations (export TOKEN=...) are not simple commands: their lines are
# checked.
deny contains bs.result(msg, line) if {
	some c in bs.commands
	regex.match(bs.credential_hint, c.text)
	some line in c.lines
	regex.match(`^\s*(export|declare|typeset|readonly|local)\s`, line.text)
	what := bs.credential_format(line.text)
	msg := sprintf("a command holds %s written in the buildspec%s; read it from Secrets Manager or Parameter Store into a variable and rotate the committed value", [what, bs.where])
}

command_name(s) := s.name if s.name != ""

command_name(s) := "a command" if s.name == ""
