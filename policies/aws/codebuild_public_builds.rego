# METADATA
# title: CodeBuild project makes its builds public
# description: >-
#   With Visibility PUBLIC_READ anyone on the internet, without an AWS account, can
#   read the project's build results: the build logs (every command and what it
#   printed, including secrets a script echoes), the build's configuration and its
#   artifacts. Open-source projects sometimes want this; it must be a deliberate
#   choice for a project whose builds print nothing private.
# custom:
#   id: AWS-CODEBUILD-010
#   severity: high
#   input: aws
#   remediation: |
#     Keep the builds private (the default); publish what outsiders need (test
#     reports, a status badge) another way.
#
#     CloudFormation:
#     ```yaml
#     Build:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         # ...
#         Visibility: PRIVATE
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       project_visibility = "PRIVATE"
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "owasp-cicd CICD-SEC-7", "devops ci-cd"]
package shipgate.aws.codebuild_public_builds

import data.shipgate.lib

deny contains lib.result(msg, p, p.visibility) if {
	some p in input.aws.codebuild.projects
	lib.has_value(p.visibility, "PUBLIC_READ")
	msg := sprintf("project %q makes its builds, logs and artifacts readable by anyone (%s is PUBLIC_READ)%s; keep them PRIVATE unless every build is meant to be public", [p.resource, p.visibility.key, lib.value_origin(p.visibility)])
}
