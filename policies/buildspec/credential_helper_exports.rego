# METADATA
# title: Buildspec enables git-credential-helper and exports variables
# description: >-
#   git-credential-helper: yes gives every command of the build the source provider's
#   token through git, and exported-variables publishes values of the build as output
#   variables of the CodePipeline action, readable by anyone who can view the
#   pipeline's executions. Together, one careless assignment (a URL or remote read back
#   from git's configuration) makes the token a pipeline output. The advisory asks to
#   check that no exported variable can carry it, and to enable the helper only where
#   the build needs git access.
# custom:
#   id: BUILDSPEC-010
#   severity: info
#   input: buildspec
#   remediation: |
#     Enable the credential helper only in builds that run git commands against private
#     repositories, and export only values that are not credentials.
#
#     ```yaml
#     env:
#       git-credential-helper: no
#       exported-variables:
#         - IMAGE_TAG
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.credential_helper_exports

import data.shipgate.lib.buildspec as bs

warn contains bs.result(msg, h) if {
	h := input.buildspec.env.git_credential_helper
	h.value == true
	count(input.buildspec.env.exported_variables) > 0
	names := concat(", ", [sprintf("%q", [e.name]) | some e in input.buildspec.env.exported_variables])
	msg := sprintf("git-credential-helper: yes gives the build the source provider's token while exported-variables publishes %s to the pipeline%s; make sure none of them can hold the token, and enable the helper only if the build runs git against private repositories", [names, bs.where])
}
