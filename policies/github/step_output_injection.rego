# METADATA
# title: A step output or an input is expanded into a script
# description: >-
#   A step's or a job's output, a composite action's input and a reusable workflow's
#   input are values the workflow does not fully control: an output often carries a
#   branch name, a title or a file's content, and an input is whatever the caller
#   passed. Expanded with ${{ }} into a run script (or actions/github-script's script)
#   they become code. This is an advisory (zizmor reports it with lower confidence):
#   check where the value comes from, and pass it through an environment variable.
# custom:
#   id: GHA-002
#   severity: low
#   input: workflow
#   remediation: |
#     ```yaml
#     - env:
#         VERSION: ${{ steps.meta.outputs.version }}
#       run: echo "$VERSION"
#     ```
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-4"]
#   aliases: ["zizmor/template-injection"]
package shipgate.github.step_output_injection

import data.shipgate.lib.github

warn contains {"msg": msg, "src": e.src, "resource": github.where(c.x)} if {
	some c in github.code_strings
	some e in c.str.exprs
	some p in e.flows
	what := _kind(p)
	msg := sprintf("%s of %s expands %q (%s) into code; pass it through an env: variable and use the variable quoted (\"$VAR\") instead", [c.what, github.where(c.x), p, what])
}

_kind(p) := "a step output" if regex.match(`^steps\.[^.]+\.outputs\.`, p)

_kind(p) := "a job output" if regex.match(`^needs\.[^.]+\.outputs\.`, p)

_kind(p) := "an input of the action" if {
	input.workflow.type == "action"
	startswith(p, "inputs.")
}

_kind(p) := "an input of the reusable workflow" if {
	"workflow_call" in github.events
	not "workflow_dispatch" in github.events
	startswith(p, "inputs.")
}
