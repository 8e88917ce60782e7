# METADATA
# title: Workflow with a privileged trigger checks out the pull request's code
# description: >-
#   Under pull_request_target or workflow_run the job holds the base repository's
#   secrets and a token that can write. Checking out the pull request's head (its sha,
#   its branch, refs/pull/N/merge) and then building or testing it runs the fork
#   author's code with them: the "pwn request". The rule reports actions/checkout with a
#   ref taken from the pull request or the triggering run, and git or gh commands that
#   fetch it.
# custom:
#   id: GHA-004
#   severity: critical
#   input: workflow
#   remediation: |
#     Run the untrusted build under `on: pull_request` (no secrets, read-only token), and
#     pass results to a privileged workflow as data (an artifact read, never executed).
#     If the checkout is needed, do not run anything from it and set
#     `persist-credentials: false`.
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-4"]
#   aliases: ["zizmor/dangerous-triggers"]
package shipgate.github.pr_head_checkout

import data.shipgate.lib.github

# head_refs are the contexts that name the pull request's (or the
# triggering run's) code.
head_refs := `^(github\.event\.pull_request\.(head\.(sha|ref)|merge_commit_sha|number)|github\.head_ref|github\.event\.number|github\.event\.workflow_run\.(head_sha|head_branch|pull_requests\.\*\.(head\.(sha|ref)|number))|github\.event\.issue\.number)$`

deny contains {"msg": msg, "src": w.src, "resource": github.where(x)} if {
	github.dangerous_trigger
	some x in github.steps
	github.uses_action(x.step, "actions/checkout")
	some w in x.step.with
	w.name == "ref"
	some e in w.value.exprs
	some c in e.contexts
	regex.match(head_refs, c.path)
	msg := sprintf("%s checks out %q (the pull request's code) in a workflow triggered by %s, which holds the base repository's secrets and token; run untrusted code under pull_request instead", [github.where(x), c.path, _triggers])
}

deny contains {"msg": msg, "src": cmd.src, "resource": github.where(x)} if {
	github.dangerous_trigger
	some x in github.steps
	some cmd in x.step.run.commands
	_fetches_head(cmd)
	some e in x.step.run.exprs
	some c in e.contexts
	regex.match(head_refs, c.path)
	msg := sprintf("%s fetches the pull request's code (%q) in a workflow triggered by %s, which holds the base repository's secrets and token; run untrusted code under pull_request instead", [github.where(x), c.path, _triggers])
}

deny contains {"msg": msg, "src": cmd.src, "resource": github.where(x)} if {
	"pull_request_target" in github.events
	some x in github.steps
	some cmd in x.step.run.commands
	cmd.name == "gh"
	count(cmd.args) >= 2
	cmd.args[0].value == "pr"
	cmd.args[1].value == "checkout"
	msg := sprintf("%s checks out the pull request with gh pr checkout in a workflow triggered by %s, which holds the base repository's secrets and token; run untrusted code under pull_request instead", [github.where(x), _triggers])
}

_triggers := concat(" and ", sort([e | some e in github.events; e in github.dangerous_events]))

_fetches_head(cmd) if {
	cmd.name == "git"
	some a in cmd.args
	a.value in {"fetch", "checkout", "pull", "switch"}
}
