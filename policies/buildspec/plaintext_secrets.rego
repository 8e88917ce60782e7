# METADATA
# title: Buildspec has a secret in a plaintext environment variable
# description: >-
#   Values under env.variables are written in the buildspec, so anyone who can read the
#   repository (or the template holding an inline buildspec) has them, and they stay in
#   its history. The rule decides as AWS-CODEBUILD-002 does for a project's environment
#   variables: a value in a known credential format (AWS access key id, GitHub, GitLab,
#   Slack, npm, Stripe or Google token, private key, password hash, URL with a password)
#   whatever the variable is called, or a credential-shaped value under a name that says
#   password, secret, token or key. References (a Parameter Store path, an ARN, a
#   {{resolve:...}} reference, a shell variable), empty values and placeholders are not
#   secrets, and a value built from an expansion is not judged. Environment variables
#   of the CodeBuild project itself are AWS-CODEBUILD-002's.
# custom:
#   id: BUILDSPEC-001
#   severity: high
#   input: buildspec
#   remediation: |
#     Store the secret in Secrets Manager (or a SecureString parameter) and let CodeBuild
#     read it into the variable; rotate the value that was committed.
#
#     ```yaml
#     env:
#       secrets-manager:
#         DB_PASSWORD: prod/app/db:password
#       parameter-store:
#         NPM_TOKEN: /ci/npm/token
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
#   secret: true
package shipgate.buildspec.plaintext_secrets

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, v) if {
	some v in input.buildspec.env.variables
	v.known
	what := bs.secret_value(v.name, v.value)
	msg := sprintf("env.variables sets %q to a value that %s, in plain text%s; move it to env.secrets-manager or env.parameter-store and rotate the value", [v.name, what, bs.where])
}
