# METADATA
# title: Workflow or job grants write-all permissions
# description: >-
#   permissions: write-all gives the job's GITHUB_TOKEN write access to every scope:
#   contents, packages, actions, pull requests, deployments, security events and the
#   rest. A step that is compromised (a dependency, an action, an injection) can then
#   push code, publish packages or rewrite releases. Grant the scopes the job needs.
# custom:
#   id: GHA-006
#   severity: high
#   input: workflow
#   remediation: |
#     ```yaml
#     permissions:
#       contents: read
#       pull-requests: write
#     ```
#   frameworks: ["devops least-privilege", "owasp-cicd CICD-SEC-5"]
#   aliases: ["zizmor/excessive-permissions", "CKV2_GHA_1"]
package shipgate.github.write_all_permissions

deny contains {"msg": msg, "src": p.src} if {
	p := input.workflow.permissions
	p.state == "write-all"
	msg := "the workflow grants permissions: write-all to every job's token; list the scopes the jobs need (contents: read, …)"
}

deny contains {"msg": msg, "src": job.permissions.src, "resource": job.id} if {
	some job in input.workflow.jobs
	job.permissions.state == "write-all"
	msg := sprintf("job %q grants permissions: write-all to its token; list the scopes it needs (contents: read, …)", [job.id])
}
