# Package secrets decides whether a value written in a file is a secret:
# a credential in a known format whatever its name, or a credential-shaped
# value under a name that announces a secret. References (a Parameter Store
# path, an ARN, a dynamic reference, a shell variable, another resource of
# the document) and placeholders are never secrets. Shared by the policies on CodeBuild project variables
# (AWS-CODEBUILD-002) and on buildspecs.
package shipgate.lib.secrets

import data.shipgate.lib

# secret says what makes value a secret: a known credential format, or a
# credential-shaped value under a secret-like name. A reference or a
# placeholder is never one.
secret(_, value) := sprintf("is %s", [formats[0]]) if {
	not placeholder(value)
	not local_service(value)

	# A value may match several formats (a token inside a URL): name the
	# first, so the function has one value.
	formats := sort([format | some format, pattern in credential_formats; regex.match(pattern, value)])
	count(formats) > 0
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

# reference is true for a value that is another resource of the document:
# Terraform reads a reference to a managed resource's id or arn
# (aws_secretsmanager_secret.db_password_v2.arn) as that resource's
# address, which is no text written in the file, whatever its name looks
# like.
reference(value) if lib.raw_at(concat("/", ["/resources", replace(replace(value, "~", "~0"), "/", "~1")]))

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

# local_service is true for a URL of a service on the build host itself
# (a test database on localhost), whose password guards nothing.
local_service(value) if regex.match(`^[a-z][a-z0-9+.-]*://[^/\s@]*@(localhost|127\.[0-9.]+|0\.0\.0\.0|\[::1\])([:/]|$)`, value)
