# METADATA
# title: if condition is always true because text surrounds its expression
# description: >-
#   GitHub evaluates an if: as one expression only when the whole value is the
#   expression (with or without ${{ }}). When text surrounds a ${{ }} (a block scalar
#   `if: |` adds a trailing newline; `if: ${{ a }} && ${{ b }}` leaves " && " between
#   two), the value is a string template instead, whose result is a non-empty string:
#   always true, so the step or job runs whatever the condition says.
# custom:
#   id: GHA-020
#   severity: high
#   input: workflow
#   remediation: |
#     Write the condition as one expression on one line:
#
#     ```yaml
#     if: ${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["zizmor/unsound-condition"]
package shipgate.github.unsound_condition

import data.shipgate.lib.github

deny contains {"msg": msg, "src": c.src} if {
	some c, what in _conditions
	c.form == "template"
	msg := sprintf("the if: of %s mixes ${{ }} with other text (%q), so it is a string and always true; write the whole condition as one expression", [what, c.value])
}

_conditions[job["if"]] := sprintf("job %q", [job.id]) if {
	some job in input.workflow.jobs
	job["if"] != null
}

_conditions[x.step["if"]] := github.where(x) if {
	some x in github.steps
	x.step["if"] != null
}
