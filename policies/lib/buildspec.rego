# Package buildspec holds the helpers of the buildspec policies
# (policies/buildspec): results placed on a node of input.buildspec
# (docs/buildspec-model.md), the commands and simple shell commands of every
# phase, and which variables hold secrets.
package shipgate.lib.buildspec

import data.shipgate.lib.secrets as plaintext

# result is a finding at node (anything with a src). The resource is the
# project of an inline buildspec (a CloudFormation logical id or Terraform
# address), so that two inline buildspecs of one template never share a
# fingerprint; a buildspec file has none.
result(msg, node) := {"msg": msg, "src": node.src, "resource": input.buildspec.embedded.resource} if {
	input.buildspec.embedded != null
}

result(msg, node) := {"msg": msg, "src": node.src} if {
	input.buildspec.embedded == null
}

# where names the buildspec in messages: "" for a file, " (inline buildspec
# of project "Build")" for one written in a template.
where := "" if input.buildspec.embedded == null

where := sprintf(" (inline buildspec of %q)", [input.buildspec.embedded.resource]) if input.buildspec.embedded != null

# commands are the commands of every phase, finally blocks included, in
# the order CodeBuild runs them. Arrays rather than sets: a set would hash
# every command object.
commands := [c |
	some ph in input.buildspec.phases
	some c in array.concat(ph.commands, ph.finally)
]

# simple_commands are [command, simple command] pairs: each simple shell
# command of every command.
simple_commands := [[c, s] |
	some c in commands
	some s in c.cmds
]

# program is the simple command's program name: its literal name, "" when
# it is not literal.
program(s) := s.name

# arg_values are the literal values of a simple command's arguments.
arg_values(s) := [a.value | some a in s.args; a.literal]

# has_flag is true when the simple command has a literal argument equal to
# one of flags, or a short option cluster holding the letter of a
# one-letter flag (-fsSLk holds -k).
has_flag(s, flags) if {
	some a in s.args
	a.literal
	a.value in flags
}

has_flag(s, flags) if {
	some a in s.args
	a.literal
	regex.match(`^-[A-Za-z]+$`, a.value)
	some f in flags
	regex.match(`^-[A-Za-z]$`, f)
	contains(a.value, substring(f, 1, 1))
}

# declared_secrets maps the name of each variable read from Parameter Store
# or Secrets Manager to where it comes from.
# A name in both (the later, Secrets Manager, wins in CodeBuild's order of
# reading) is named once.
declared_secrets[v.name] := "Parameter Store" if {
	some v in input.buildspec.env.parameter_store
	not _from_secrets_manager(v.name)
}

declared_secrets[v.name] := "Secrets Manager" if some v in input.buildspec.env.secrets_manager

_from_secrets_manager(name) if {
	some v in input.buildspec.env.secrets_manager
	v.name == name
}

# secret_named is true for a variable name that announces a secret
# (DB_PASSWORD, GITHUB_TOKEN) and not a pointer to one (TOKEN_PARAMETER_NAME).
secret_named(name) if {
	regex.match(plaintext.secret_name, name)
	not regex.match(plaintext.reference_name, name)
	not name in {"PWD", "OLDPWD"}
	not regex.match(`(?i)(^|_)(TYPE|TTL|LENGTH|COUNT|HEADER|ENABLED|EXPIRY|EXPIRES|FORMAT|LOCATION|PREFIX|SUFFIX|REGION|SCOPE|SCOPES|VERSION)$`, name)
}

# secret_variable describes the variable name if it holds a secret: one
# read from Parameter Store or Secrets Manager, or one whose name says so.
secret_variable(name) := sprintf("read from %s", [declared_secrets[name]])

secret_variable(name) := "whose name says it holds a secret" if {
	not declared_secrets[name]
	secret_named(name)
}

# secret_value describes value if it is a credential written in plain text
# under name (AWS access key id, tokens, private keys, a credential-shaped
# value under a secret-like name), as the AWS view's CodeBuild rule decides for
# project environment variables (lib/secrets.rego).
secret_value(name, value) := plaintext.secret(name, value)

# credential_format describes value if it holds a credential in a known
# format (access key id, GitHub token, private key ...) that is not an
# obvious placeholder.
credential_format(value) := format if {
	# Cheap tests first: every format is at least 15 characters long, and
	# one combined pattern rules out nearly every word.
	count(value) >= 15
	regex.match(credential_hint, value)
	not plaintext.placeholder(value)

	# A value may match several formats (a token inside a URL): the first.
	formats := sort([f | some f, pattern in plaintext.credential_formats; regex.match(pattern, value)])
	count(formats) > 0
	format := formats[0]
}

# credential_hint matches the fixed text every credential format holds, a
# cheap test before the formats themselves.
credential_hint := `AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|hooks\.slack\.com|npm_|k_live_|AIza|PRIVATE KEY|^\$|://`

# writes_to_log is true when the simple command's standard output goes to
# the build log: not redirected, not piped, not captured by $(...).
writes_to_log(s) if {
	s.depth == 0
	s.pipe_to == -1
	not redirects_stdout(s)
}

redirects_stdout(s) if {
	some r in s.redirects
	r.op in {">", ">>", "1>", "1>>", "&>", "&>>", ">|"}
}

# shells are programs that run a script read from standard input.
shells := {"sh", "bash", "zsh", "dash", "ksh", "ash", "fish", "python", "python3", "perl", "ruby", "node"}

# version_01 is true for a buildspec of version 0.1, where each command runs
# in a shell of its own.
version_01 if input.buildspec.version.value == "0.1"

# phase_rank and section_rank order commands as CodeBuild runs them.
phase_rank := {"install": 0, "pre_build": 1, "build": 2, "post_build": 3}

section_rank := {"commands": 0, "finally": 1}
