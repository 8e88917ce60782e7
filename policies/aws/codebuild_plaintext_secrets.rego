# METADATA
# title: CodeBuild project has a secret in a plaintext environment variable
# description: >-
#   PLAINTEXT environment variables are stored in the project definition, visible to
#   anyone who can read the project or the template, and kept in version control. The
#   rule decides by the value: one in a known credential format (AWS access key id,
#   GitHub, GitLab, Slack, npm, Stripe or Google API token, a private key, a password
#   hash, a URL with a password) is reported whatever the variable is called; under a
#   name that says password, secret, token or key, a value that looks like a credential
#   (long and random, or a word mixed with digits or symbols) is reported. References
#   are not secrets: a Parameter Store path (/app/db/password), an ARN, a
#   {{resolve:...}} dynamic reference, a shell variable, an empty value or an obvious
#   placeholder (changeme, <token>, xxx, values with "example").
# custom:
#   id: AWS-CODEBUILD-002
#   severity: high
#   input: aws
#   remediation: |
#     Store the secret in Secrets Manager (or a SecureString parameter) and reference it;
#     rotate any secret that was committed in plaintext, and replace access keys with the
#     project's service role.
#
#     CloudFormation:
#     ```yaml
#     Environment:
#       EnvironmentVariables:
#         - Name: DB_PASSWORD
#           Type: SECRETS_MANAGER
#           Value: prod/app/db:password
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       environment {
#         # compute_type, image, type ...
#         environment_variable {
#           name  = "DB_PASSWORD"
#           type  = "SECRETS_MANAGER"
#           value = "prod/app/db:password"
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CodeBuild.2", "nist-800-53 IA-5(7)", "devops secrets"]
#   secret: true
package shipgate.aws.codebuild_plaintext_secrets

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, p, v.value) if {
	some p in input.aws.codebuild.projects
	some v in p.environment_variables
	lib.has_value(v.type, "PLAINTEXT")
	value := lib.string_value(v.value)
	name := lib.display_name(v.name)
	what := secrets.secret(name, value)
	msg := sprintf("project %q passes %q as a plaintext environment variable (%s is PLAINTEXT) whose value %s%s; read it from Secrets Manager or Parameter Store and rotate the value", [p.resource, name, v.type.key, what, lib.value_origin(v.value)])
}
