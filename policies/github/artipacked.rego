# METADATA
# title: Checkout keeps the token in .git/config in a job that uploads artifacts
# description: >-
#   actions/checkout writes the job's GITHUB_TOKEN into the checked-out repository's
#   .git/config unless persist-credentials is false. A later actions/upload-artifact of
#   the workspace (or any path that includes .git) publishes the token to everyone who
#   can download the run's artifacts ("ArtiPACKED"). The rule reports a checkout that
#   keeps the credentials in a job that then uploads an artifact.
# custom:
#   id: GHA-008
#   severity: medium
#   input: workflow
#   remediation: |
#     ```yaml
#     - uses: actions/checkout@v4
#       with:
#         persist-credentials: false
#     ```
#     Give git a token explicitly in the steps that push.
#   frameworks: ["devops secrets", "owasp-cicd CICD-SEC-6"]
#   aliases: ["zizmor/artipacked"]
package shipgate.github.artipacked

import data.shipgate.lib.github

deny contains {"msg": msg, "src": x.step.uses.src, "resource": github.where(x)} if {
	some x in github.steps
	github.uses_action(x.step, "actions/checkout")
	not _no_persist(x.step)
	some y in github.steps
	y.job_src == x.job_src
	y.step.index > x.step.index
	github.uses_action(y.step, "actions/upload-artifact")
	msg := sprintf("%s checks out with the token kept in .git/config and %s uploads an artifact, which may include it; set persist-credentials: false on the checkout", [github.where(x), github.where(y)])
}

# _no_persist is true when persist-credentials is false, or cannot be
# known (an expression).
_no_persist(s) if {
	some w in s.with
	w.name == "persist-credentials"
	not github.is_true(w.value)
}
