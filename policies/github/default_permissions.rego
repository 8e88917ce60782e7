# METADATA
# title: Job runs with the repository's default token permissions
# description: >-
#   Without a permissions block on the workflow or the job, the GITHUB_TOKEN gets the
#   repository's default permissions, which are read and write to most scopes in
#   repositories created before February 2023 and in many organisations. The job's
#   access then depends on a setting outside the repository. This is an advisory:
#   write the permissions the job needs so the workflow says what it may do. Reusable
#   workflows (only workflow_call) take their caller's permissions and are not reported.
# custom:
#   id: GHA-007
#   severity: low
#   input: workflow
#   remediation: |
#     Add a permissions block at the top of the workflow, and widen it per job:
#
#     ```yaml
#     permissions:
#       contents: read
#     ```
#   frameworks: ["devops least-privilege", "owasp-cicd CICD-SEC-5"]
#   aliases: ["zizmor/excessive-permissions"]
package shipgate.github.default_permissions

import data.shipgate.lib.github

warn contains {"msg": msg, "src": job.src, "resource": job.id} if {
	input.workflow.type == "workflow"
	input.workflow.permissions.state == "absent"
	some e in github.events
	e != "workflow_call"
	some job in input.workflow.jobs
	job.permissions.state == "absent"
	msg := sprintf("job %q runs with the repository's default GITHUB_TOKEN permissions (no permissions block on the workflow or the job); add permissions: with the scopes it needs, such as contents: read", [job.id])
}
