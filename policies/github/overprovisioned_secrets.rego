# METADATA
# title: Expression reads the whole secrets context
# description: >-
#   toJSON(secrets) or secrets[<computed name>] makes GitHub hand the job every secret
#   the workflow can see, instead of the ones it names, so each is exposed to the step's
#   code and logs. Name each secret the step needs.
# custom:
#   id: GHA-010
#   severity: medium
#   input: workflow
#   remediation: |
#     ```yaml
#     env:
#       API_TOKEN: ${{ secrets.API_TOKEN }}
#     ```
#   frameworks: ["devops secrets", "owasp-cicd CICD-SEC-6"]
#   aliases: ["zizmor/overprovisioned-secrets"]
package shipgate.github.overprovisioned_secrets

deny contains {"msg": msg, "src": e.src} if {
	some e in input.workflow.expressions
	some c in e.contexts
	_whole(c)
	msg := sprintf("the expression %q gives the job every secret; reference each secret it needs by name (secrets.NAME)", [e.text])
}

_whole(c) if c.path == "secrets"

_whole(c) if {
	c.path == "secrets.*"
	c.dynamic
}
