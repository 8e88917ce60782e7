# METADATA
# title: Privileged workflow writes to GITHUB_ENV or GITHUB_PATH
# description: >-
#   Lines written to $GITHUB_ENV set environment variables for every later step, and
#   lines written to $GITHUB_PATH put directories first on PATH. In a workflow
#   triggered by pull_request_target or workflow_run, what is written there often
#   comes from the pull request (a branch name, an artifact, a file); a value with a
#   newline, or a variable such as LD_PRELOAD, BASH_ENV or NODE_OPTIONS, then runs the
#   attacker's code with the base repository's token and secrets.
# custom:
#   id: GHA-014
#   severity: high
#   input: workflow
#   remediation: |
#     Pass values between steps as step outputs (`>> "$GITHUB_OUTPUT"`) and read them
#     through env: of the steps that need them; never write data from the pull request
#     to $GITHUB_ENV or $GITHUB_PATH.
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-4"]
#   aliases: ["zizmor/github-env"]
package shipgate.github.github_env

import data.shipgate.lib.github

deny contains {"msg": msg, "src": src, "resource": github.where(x)} if {
	github.dangerous_trigger
	some x in github.steps
	some cmd in x.step.run.commands
	some file, src in _writes(cmd)
	msg := sprintf("%s writes to $%s in a workflow triggered by %s; data from the pull request there can set variables (BASH_ENV, LD_PRELOAD) or PATH for later steps; pass values as step outputs instead", [github.where(x), file, concat(" and ", sort([e | some e in github.events; e in github.dangerous_events]))])
}

_files := {"GITHUB_ENV", "GITHUB_PATH"}

_writes(cmd) := object.union(_redirects(cmd), _tees(cmd))

# A command may name a file twice (a redirect of its own and one of the
# block around it): the first place is the finding's.
_redirects(cmd) := {file: srcs[0] |
	some file in _files
	srcs := [r.src |
		some r in cmd.redirs
		r.op in {">", ">>", "&>>", "1>>"}
		_names(r.target, file)
	]
	count(srcs) > 0
}

_tees(cmd) := {file: srcs[0] |
	cmd.name == "tee"
	some file in _files
	srcs := [a.src |
		some a in cmd.args
		_names(a.value, file)
	]
	count(srcs) > 0
}

_names(target, file) if regex.match(sprintf(`^"?\$(\{%s\}|%s)"?$`, [file, file]), target)
