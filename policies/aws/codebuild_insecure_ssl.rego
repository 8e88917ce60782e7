# METADATA
# title: CodeBuild project ignores TLS errors when fetching its source
# description: >-
#   InsecureSsl makes CodeBuild ignore certificate errors when it connects to the
#   source repository (a GitHub Enterprise Server, typically). Anyone who can
#   intercept that connection can then serve the build different code, which the
#   build compiles, signs and ships. The rule reads the primary source and the
#   secondary sources.
# custom:
#   id: AWS-CODEBUILD-009
#   severity: medium
#   input: aws
#   remediation: |
#     Turn InsecureSsl off and give the repository server a certificate CodeBuild
#     trusts (for a private CA, add the certificate to the build image or use
#     CodeConnections).
#
#     CloudFormation:
#     ```yaml
#     Source:
#       Type: GITHUB_ENTERPRISE
#       Location: https://github.example.com/platform/api.git
#       InsecureSsl: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       source {
#         type         = "GITHUB_ENTERPRISE"
#         location     = "https://github.example.com/platform/api.git"
#         insecure_ssl = false
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-8", "devops supply-chain"]
package shipgate.aws.codebuild_insecure_ssl

import data.shipgate.lib

deny contains lib.result(msg, p, s.insecure_ssl) if {
	some p in input.aws.codebuild.projects
	some s in array.concat([p.source], p.secondary_sources)
	lib.is_true(s.insecure_ssl)
	msg := sprintf("project %q ignores TLS certificate errors when it fetches its source (%s is true); turn it off and trust the server's certificate instead", [p.resource, s.insecure_ssl.key])
}
