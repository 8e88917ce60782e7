# METADATA
# title: Buildspec dumps the environment to the build log
# description: >-
#   printenv, env, set or export -p with no arguments print every environment variable
#   to the build log: tokens a command exported (assumed-role credentials, registry
#   passwords), variables from Secrets Manager and Parameter Store (masked only where
#   the exact value appears) and anything else the build holds. The rule reports such a
#   dump when its output goes to the log, not to a file or into grep.
# custom:
#   id: BUILDSPEC-004
#   severity: low
#   input: buildspec
#   remediation: |
#     Print the variables you need by name instead of the whole environment.
#
#     ```yaml
#     phases:
#       pre_build:
#         commands:
#           - echo "building $CODEBUILD_RESOLVED_SOURCE_VERSION for $STAGE"
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.env_dump

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, s) if {
	some [c, s] in bs.simple_commands
	dump(s)
	to_log(c, s)
	msg := sprintf("%q prints every environment variable, secrets included, to the build log%s; print the variables you need by name", [s.words[0].value, bs.where])
}

# export -p and declare -p are declarations, not simple commands: they are
# found in the command's text, alone on their line.
deny contains bs.result(msg, line) if {
	some c in bs.commands
	c.parsed
	some line in c.lines
	some m in regex.find_all_string_submatch_n(`(?:^|[;&({]\s*)((?:export|declare|typeset)(?:\s+-[px]+)*)\s*(?:$|[;&)}]|#)`, line.text, -1)
	m[1] != "declare -x" # declare -x without arguments prints too, but so rarely written that it is left out
	msg := sprintf("%q prints every exported variable, secrets included, to the build log%s; print the variables you need by name", [m[1], bs.where])
}

# dump is true for a simple command that prints the whole environment.
dump(s) if {
	s.name == "printenv"
	count(s.args) == 0
}

dump(s) if {
	# env with no command: the wrapper leaves no program to run.
	s.words[0].value == "env"
	s.program == count(s.words)
	every a in array.slice(s.words, 1, count(s.words)) {
		a.value in {"-0", "--null"}
	}
}

dump(s) if {
	s.name == "set"
	count(s.args) == 0
}

# to_log is true when the dump's output reaches the log: not redirected,
# not captured, and not piped, or piped into a command that passes it on.
to_log(_, s) if bs.writes_to_log(s)

to_log(c, s) if {
	s.depth == 0
	not bs.redirects_stdout(s)
	s.pipe_to >= 0
	c.cmds[s.pipe_to].name in {"sort", "tee", "cat", "column", "less", "more"}
	bs.writes_to_log(c.cmds[s.pipe_to])
}
