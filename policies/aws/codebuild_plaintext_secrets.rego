# METADATA
# title: CodeBuild project has a secret in a plaintext environment variable
# description: >-
#   PLAINTEXT environment variables are stored in the project definition, visible to
#   anyone who can read the project or the template, and kept in version control. A
#   variable whose name says it is a password, token or key, or whose value looks like an
#   AWS access key id, should come from Parameter Store or Secrets Manager instead.
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
#   frameworks: ["AWS-FSBP CodeBuild.2", "DevOps: secrets management"]
#   secret: true
package shipgate.aws.codebuild_plaintext_secrets

import data.shipgate.lib

# secret_name matches names that announce a secret.
secret_name := `(?i)(password|passwd|secret|token|api_?key|access_?key|private_?key|credential)`

# reference_name matches names that hold a pointer to a secret rather than
# the secret itself (DB_SECRET_ARN, TOKEN_PARAMETER_NAME, githubTokenPath).
reference_name := `(?i:[_-](arn|name|path|param|parameter|id|url|uri|file))$|[a-z0-9](Arn|Name|Path|Param|Parameter|Id|Url|Uri|File)$`

# access_key_id matches an AWS access key id (long-term AKIA, temporary ASIA).
access_key_id := `(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)`

deny contains lib.result(msg, p, v.value) if {
	some p in input.aws.codebuild.projects
	some v in p.environment_variables
	lib.has_value(v.type, "PLAINTEXT")
	value := lib.string_value(v.value)
	trim_space(value) != ""
	name := lib.display_name(v.name)
	looks_secret(name, value)
	msg := sprintf("project %q passes %q as a plaintext environment variable (%s is PLAINTEXT); read it from Secrets Manager or Parameter Store and rotate the value", [p.resource, name, v.type.key])
}

looks_secret(name, _) if {
	regex.match(secret_name, name)
	not regex.match(reference_name, name)
}

looks_secret(_, value) if regex.match(access_key_id, value)
