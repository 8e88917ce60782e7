# METADATA
# title: Condition trusts github.actor to be a bot
# description: >-
#   github.actor is whoever caused the latest event of the run, not the author of the
#   pull request: after Dependabot opens or updates a pull request, anyone who can make
#   it act again (a comment such as "@dependabot recreate", a push that triggers a
#   rebase) runs the workflow with github.actor still dependabot[bot], while the code
#   comes from elsewhere. A condition that grants secrets or auto-merges because the
#   actor is a bot can be spoofed.
# custom:
#   id: GHA-015
#   severity: medium
#   input: workflow
#   remediation: |
#     Check the pull request's author instead, which only the bot can be:
#
#     ```yaml
#     if: github.event.pull_request.user.login == 'dependabot[bot]'
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["zizmor/bot-conditions"]
package shipgate.github.bot_conditions

deny contains {"msg": msg, "src": e.src} if {
	some e in _conditions
	some c in e.compares
	c.op == "=="
	some [ctx, lit] in [[c.left, c.right], [c.right, c.left]]
	ctx.kind == "context"
	ctx.value in {"github.actor", "github.triggering_actor"}
	lit.kind == "literal"
	endswith(lower(lit.value), "[bot]")
	msg := sprintf("the condition %q trusts %s, which is the last actor of the run and not the pull request's author; compare github.event.pull_request.user.login instead", [e.text, ctx.value])
}

# _conditions are the expressions of every if:.
_conditions contains e if {
	some job in input.workflow.jobs
	some e in job["if"].exprs
}

_conditions contains e if {
	some job in input.workflow.jobs
	some s in job.steps
	some e in s["if"].exprs
}

_conditions contains e if {
	some s in input.workflow.action.runs.steps
	some e in s["if"].exprs
}
