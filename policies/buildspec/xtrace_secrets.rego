# METADATA
# title: Buildspec traces commands (set -x) while it uses secrets
# description: >-
#   set -x (xtrace) makes the shell print every command with its arguments expanded,
#   so a secret passed on a command line after it lands in the build log. In buildspec
#   version 0.2 every command runs in the same shell, so set -x stays on for the rest of
#   the build. The rule reports set -x (also -ex, -o xtrace) when a later command reads a
#   variable from Parameter Store or Secrets Manager or one whose name says it holds a
#   secret, and the buildspec never turns tracing off with set +x.
# custom:
#   id: BUILDSPEC-003
#   severity: medium
#   input: buildspec
#   remediation: |
#     Drop set -x, or turn tracing off around the commands that use secrets.
#
#     ```yaml
#     phases:
#       build:
#         commands:
#           - set -e
#           - ./deploy.sh --token-file "$TOKEN_FILE"
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.xtrace_secrets

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, s) if {
	some [c, s] in bs.simple_commands
	s.name == "set"
	xtrace_on(s)
	not tracing_turned_off
	names := {name |
		some [c2, s2] in bs.simple_commands
		later(c, c2)
		some w in s2.words
		some name in w.vars
		bs.secret_variable(name)
	}
	count(names) > 0
	listed := concat(", ", [sprintf("$%s", [n]) | some n in sort(names)])
	msg := sprintf("set -x prints every later command with its arguments expanded, and later commands use %s, which hold secrets%s; remove set -x or turn it off with set +x before those commands", [listed, bs.where])
}

xtrace_on(s) if {
	some a in s.args
	a.literal
	regex.match(`^-[A-Za-z]*x[A-Za-z]*$`, a.value)
}

xtrace_on(s) if {
	some i, a in s.args
	a.value == "-o"
	s.args[i + 1].value == "xtrace"
}

tracing_turned_off if {
	some [_, s] in bs.simple_commands
	s.name == "set"
	some a in s.args
	regex.match(`^\+[A-Za-z]*x[A-Za-z]*$|^xtrace$`, a.value)
	not xtrace_on(s)
}

# later is true when command b runs after command a in the same shell, or
# is a; in version 0.1 every command has a shell of its own.
later(a, b) if {
	not bs.version_01
	order(a) <= order(b)
}

later(a, b) if {
	bs.version_01
	a.src == b.src
}

order(c) := (((bs.phase_rank[c.phase] * 2) + bs.section_rank[c.section]) * 100000) + c.index
