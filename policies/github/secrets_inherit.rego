# METADATA
# title: Reusable workflow call passes every secret with secrets inherit
# description: >-
#   secrets: inherit hands the called workflow every secret of the repository, the
#   organisation and the environment, whatever it needs. A compromised or careless
#   called workflow (or an action it uses) can then read secrets it was never meant to
#   see. Pass the secrets the workflow declares, by name.
# custom:
#   id: GHA-009
#   severity: medium
#   input: workflow
#   remediation: |
#     ```yaml
#     jobs:
#       deploy:
#         uses: org/infra/.github/workflows/deploy.yml@<sha>
#         secrets:
#           DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}
#     ```
#   frameworks: ["devops secrets", "owasp-cicd CICD-SEC-6"]
#   aliases: ["zizmor/secrets-inherit"]
package shipgate.github.secrets_inherit

deny contains {"msg": msg, "src": job.secrets.src, "resource": job.id} if {
	some job in input.workflow.jobs
	job.secrets.inherit
	msg := sprintf("job %q passes every secret to %q with secrets: inherit; pass the secrets it needs by name", [job.id, job.uses.value])
}
