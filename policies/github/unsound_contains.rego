# METADATA
# title: contains() tests a context against a string instead of a list
# description: >-
#   contains('refs/heads/main refs/heads/release', github.ref) is true for any
#   substring of the first string: a branch named "main" or "heads/rel" passes a
#   check meant for two exact refs. Test membership against a list.
# custom:
#   id: GHA-019
#   severity: medium
#   input: workflow
#   remediation: |
#     ```yaml
#     if: contains(fromJSON('["refs/heads/main", "refs/heads/release"]'), github.ref)
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["zizmor/unsound-contains"]
package shipgate.github.unsound_contains

deny contains {"msg": msg, "src": e.src} if {
	some e in input.workflow.expressions
	some c in e.calls
	c.name == "contains"
	count(c.args) == 2
	c.args[0].kind == "literal"
	c.args[1].kind == "context"
	msg := sprintf("contains(%q, %s) is true for any substring of the string, not only its listed values; test membership in a list: contains(fromJSON('[...]'), %s)", [c.args[0].value, c.args[1].value, c.args[1].value])
}
