# METADATA
# title: Secret is parsed with fromJSON and its fields escape log redaction
# description: >-
#   GitHub masks a secret's exact value in logs. A field taken out of a JSON secret with
#   fromJSON(secrets.X).field is a different string, which is not registered for
#   masking, so it is printed in clear wherever it is echoed or logged. Store each
#   sensitive value as its own secret.
# custom:
#   id: GHA-011
#   severity: medium
#   input: workflow
#   remediation: |
#     Split the JSON secret into one secret per value, or register the field with
#     `echo "::add-mask::$VALUE"` before anything can print it.
#   frameworks: ["devops secrets", "owasp-cicd CICD-SEC-6"]
#   aliases: ["zizmor/unredacted-secrets"]
package shipgate.github.unredacted_secrets

deny contains {"msg": msg, "src": e.src} if {
	some e in input.workflow.expressions
	some c in e.calls
	c.name == "fromjson"
	some a in c.args
	a.kind == "context"
	startswith(a.value, "secrets.")
	msg := sprintf("the expression %q reads a field of the JSON secret %q, which log masking does not cover; store the value as a secret of its own", [e.text, a.value])
}
