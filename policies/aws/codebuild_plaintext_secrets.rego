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
#   frameworks: ["AWS-FSBP CodeBuild.2", "DevOps: secrets management"]
#   secret: true
package shipgate.aws.codebuild_plaintext_secrets

import data.shipgate.lib

deny contains lib.result(msg, p, v.value) if {
	some p in input.aws.codebuild.projects
	some v in p.environment_variables
	lib.has_value(v.type, "PLAINTEXT")
	value := lib.string_value(v.value)
	name := lib.display_name(v.name)
	what := secret(name, value)
	msg := sprintf("project %q passes %q as a plaintext environment variable (%s is PLAINTEXT) whose value %s%s; read it from Secrets Manager or Parameter Store and rotate the value", [p.resource, name, v.type.key, what, lib.value_origin(v.value)])
}

# secret says what makes value a secret: a known credential format, or a
# credential-shaped value under a secret-like name. A reference or a
# placeholder is never one.
secret(_, value) := sprintf("is %s", [format]) if {
	not placeholder(value)
	some format, pattern in credential_formats
	regex.match(pattern, value)
}

secret(name, value) := "looks like a credential" if {
	not known_format(value)
	regex.match(secret_name, name)
	not regex.match(reference_name, name)
	not reference(value)
	not placeholder(value)
	credential_shaped(value)
}

known_format(value) if {
	some pattern in credential_formats
	regex.match(pattern, value)
}

# credential_formats are value shapes that are credentials whatever the
# variable is called.
credential_formats := {
	"an AWS access key id": `(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)`,
	"a GitHub token": `(^|[^A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})`,
	"a GitLab token": `(^|[^A-Za-z0-9])glpat-[A-Za-z0-9_-]{20}`,
	"a Slack token": `(^|[^A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}`,
	"a Slack webhook URL": `hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+`,
	"an npm token": `(^|[^A-Za-z0-9])npm_[A-Za-z0-9]{36}`,
	"a Stripe key": `(^|[^A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{20,}`,
	"a Google API key": `(^|[^A-Za-z0-9])AIza[0-9A-Za-z_-]{35}`,
	"a private key": `-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----`,
	"a password hash": `^\$(1|2[abxy]|5|6|y|argon2(id|i|d))\$[^$\s]+\$[^\s]+$`,
	"a URL with a password": `^[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@[^/\s]`,
}

# secret_name matches names that announce a secret.
secret_name := `(?i)(password|passwd|pwd|secret|token|api_?key|access_?key|private_?key|credential|(^|[_-])pass($|[_-]))`

# reference_name matches names that hold a pointer to a secret rather than
# the secret itself (DB_SECRET_ARN, TOKEN_PARAMETER_NAME, githubTokenPath).
reference_name := `(?i:[_-](arn|name|path|param|parameter|id|url|uri|file))$|[a-z0-9](Arn|Name|Path|Param|Parameter|Id|Url|Uri|File)$`

# reference is true for a value that points to a secret: a Parameter Store
# path, an ARN, a CloudFormation dynamic reference, a shell variable the build
# expands, or a Secrets Manager name with a JSON key (prod/app/db:password).
reference(value) if startswith(value, "/")

reference(value) if startswith(value, "arn:")

reference(value) if contains(value, "{{resolve:")

reference(value) if regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$`, value)

reference(value) if {
	regex.match(`^[A-Za-z0-9_.+=@-]+(/[A-Za-z0-9_.+=@-]+)+(:[A-Za-z0-9_.-]+)?$`, value)
	not random(value)
}

# placeholder is true for an empty value or one that obviously stands for a
# value to fill in.
placeholder(value) if trim_space(value) == ""

placeholder(value) if regex.match(`(?i)^(change[-_ ]?me|replace[-_ ]?me|todo|tbd|none|null|nil|n/?a|no ?val(ue)?|dummy|sample|test|placeholder|default|password|secret|token|x+|\*+|-+|\.+)$`, trim_space(value))

placeholder(value) if regex.match(`^(<[^>]*>|\{[^}]*\}|\[[^\]]*\])$`, trim_space(value))

placeholder(value) if regex.match(`(?i)example|^your[-_ ]|^my[-_ ]?(password|secret|token|key)`, value)

# credential_shaped is true for a value that looks like a credential: long
# and random, or a single word that mixes letters with digits or symbols
# (hunter2, P@ssw0rd), not an identifier such as x-api-key or enabled.
credential_shaped(value) if random(value)

credential_shaped(value) if {
	count(value) >= 6
	not regex.match(`\s`, value)
	regex.match(`[A-Za-z]`, value)
	regex.match(`[0-9]|[^A-Za-z0-9_.-]`, value)
}

# random is true for a long value with many distinct characters that mixes
# at least two of lower case, upper case and digits: a generated token or
# key, not a path such as prod/app/db:password.
random(value) if {
	count(value) >= 16
	not regex.match(`\s`, value)
	chars := {c | some c in split(value, "")}
	count(chars) >= 10
	classes := {class |
		some class, pattern in {"lower": `[a-z]`, "upper": `[A-Z]`, "digit": `[0-9]`}
		regex.match(pattern, value)
	}
	count(classes) >= 2
}
