# METADATA
# title: Container registry password is written in the workflow
# description: >-
#   A job's container or service may log in to its registry with credentials. A password
#   written in the workflow is readable by everyone who can read the repository and
#   stays in its history. Read it from a secret.
# custom:
#   id: GHA-016
#   severity: high
#   input: workflow
#   remediation: |
#     ```yaml
#     container:
#       image: ghcr.io/org/build:1
#       credentials:
#         username: ${{ github.actor }}
#         password: ${{ secrets.GHCR_TOKEN }}
#     ```
#     Rotate the password that was committed.
#   frameworks: ["devops secrets", "owasp-cicd CICD-SEC-6"]
#   aliases: ["zizmor/hardcoded-container-credentials"]
#   secret: true
package shipgate.github.hardcoded_container_credentials

deny contains {"msg": msg, "src": p.src, "resource": job.id} if {
	some job in input.workflow.jobs
	some c in array.concat([job.container], job.services)
	p := c.credentials.password
	p.known
	p.value != ""
	msg := sprintf("%s of job %q has its registry password written in the workflow; read it from a secret (${{ secrets.NAME }}) and rotate it", [_what(c), job.id])
}

_what(c) := "the container" if c.id == ""

_what(c) := sprintf("service %q", [c.id]) if c.id != ""
