# METADATA
# title: Workflow obscures what it runs
# description: >-
#   A uses: path with "." or ".." segments or empty segments (actions/checkout/./@v4,
#   org/repo/sub/../../other@v1) names an action other than the one a reader sees, and an
#   expression whose value is a constant (${{ 'curl' }}) only hides text from reviewers and
#   from tools that search for it. Neither is needed to write a workflow.
# custom:
#   id: GHA-024
#   severity: low
#   input: workflow
#   remediation: |
#     Write the action's path without "." or ".." segments, and write constants as plain
#     text instead of ${{ 'text' }}.
#   frameworks: ["devops ci-cd"]
#   aliases: ["zizmor/obfuscation"]
package shipgate.github.obfuscation

import data.shipgate.lib.github

deny contains {"msg": msg, "src": u.src} if {
	some x in github.steps
	u := x.step.uses
	u.kind == "repository"
	u.path != ""
	some seg in split(u.path, "/")
	seg in {"", ".", ".."}
	msg := sprintf("%s uses %q, whose path has an empty, \".\" or \"..\" segment that hides which action runs; write the plain path", [github.where(x), u.value])
}

deny contains {"msg": msg, "src": e.src} if {
	some e in input.workflow.expressions
	e.parsed
	e.literal
	not endswith(e.field, "/if")
	msg := sprintf("the expression %q is a constant; write its value as plain text", [e.text])
}
