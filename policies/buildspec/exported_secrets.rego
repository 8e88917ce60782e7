# METADATA
# title: Buildspec exports a secret as a pipeline variable
# description: >-
#   env.exported-variables makes the listed variables output variables of the
#   CodePipeline action: their values are stored with the pipeline execution in plain
#   text and shown to anyone who can view it, and later actions can read them. AWS
#   documents that secrets must not be exported. The rule reports an exported variable
#   read from Parameter Store or Secrets Manager, or one whose name says it holds a
#   secret.
# custom:
#   id: BUILDSPEC-011
#   severity: high
#   input: buildspec
#   remediation: |
#     Export a reference (the secret's name or ARN) and let the next action read the
#     secret itself.
#
#     ```yaml
#     env:
#       secrets-manager:
#         DB_PASSWORD: prod/app/db:password
#       variables:
#         DB_SECRET_ID: prod/app/db
#       exported-variables:
#         - DB_SECRET_ID
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.exported_secrets

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, e) if {
	some e in input.buildspec.env.exported_variables
	what := bs.secret_variable(e.name)
	msg := sprintf("exported-variables publishes %q, a variable %s, as a plain-text output variable of the pipeline%s; export a reference to the secret instead", [e.name, what, bs.where])
}
