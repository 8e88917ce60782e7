# METADATA
# title: Workflow runs on pull_request_target or workflow_run
# description: >-
#   pull_request_target and workflow_run run in the context of the base repository,
#   with its secrets and a token that can write, while a fork's author controls the
#   pull request (or the run) that triggers them. They are hard to use safely: any use of
#   the pull request's code, branch name or artifacts in such a workflow can hand the
#   attacker the token. Prefer pull_request; if the trigger is needed, keep the job free
#   of the pull request's code and give it the least permissions.
# custom:
#   id: GHA-003
#   severity: medium
#   input: workflow
#   remediation: |
#     Use `on: pull_request` where the job does not need secrets or write access. For
#     labelling or commenting, keep `pull_request_target` but never check out or run the
#     pull request's code, and set `permissions:` to the scopes needed.
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-4"]
#   aliases: ["zizmor/dangerous-triggers"]
package shipgate.github.dangerous_triggers

import data.shipgate.lib.github

deny contains {"msg": msg, "src": t.src} if {
	some t in input.workflow.triggers
	t.event in github.dangerous_events
	msg := sprintf("the workflow runs on %s, with the base repository's secrets and token for an event a fork controls; use pull_request if the job needs neither, else never run the pull request's code and restrict permissions", [t.event])
}
