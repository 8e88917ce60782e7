# METADATA
# title: Buildspec passes a registry password on the command line
# description: >-
#   docker login -p (or --password) puts the password in the command line: it is
#   visible to every process of the build container, printed in the log by set -x, and
#   kept in shell history; Docker itself warns against it. The rule reports -p/--password
#   on docker, podman, buildah, nerdctl, finch and helm registry login, and aws ecr
#   get-login, whose output is a docker login -p command (and which AWS CLI v2 no longer
#   has); --password-stdin is the fix.
# custom:
#   id: BUILDSPEC-006
#   severity: medium
#   input: buildspec
#   remediation: |
#     Pipe the password on standard input.
#
#     ```yaml
#     phases:
#       pre_build:
#         commands:
#           - aws ecr get-login-password | docker login --username AWS --password-stdin "$REGISTRY"
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.docker_login_password

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, a) if {
	some [_, s] in bs.simple_commands
	login(s)
	some a in s.args
	password_flag(a.value)
	msg := sprintf("%s login takes the password on the command line (%s), where the build's processes and logs can see it%s; pipe it in with --password-stdin", [s.name, flag_name(a.value), bs.where])
}

deny contains bs.result(msg, s) if {
	some [_, s] in bs.simple_commands
	s.name == "aws"
	s.args[0].value == "ecr"
	s.args[1].value == "get-login"
	msg := sprintf("aws ecr get-login prints a docker login command that takes the password on the command line (-p), and AWS CLI v2 no longer has it%s; use aws ecr get-login-password | docker login --username AWS --password-stdin <registry>", [bs.where])
}

login(s) if {
	s.name in {"docker", "podman", "buildah", "nerdctl", "finch"}
	s.args[0].value == "login"
}

login(s) if {
	s.name == "helm"
	s.args[0].value == "registry"
	s.args[1].value == "login"
}

password_flag(v) if v in {"-p", "--password"}

password_flag(v) if startswith(v, "--password=")

password_flag(v) if regex.match(`^-p.`, v)

flag_name(v) := "--password" if startswith(v, "--password")

flag_name(v) := "-p" if startswith(v, "-p")
