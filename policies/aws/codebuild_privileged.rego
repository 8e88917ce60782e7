# METADATA
# title: CodeBuild project runs builds in privileged mode
# description: >-
#   Privileged mode gives the build container root access to the build host's Docker
#   daemon, so any dependency or script the build runs can escape the container. It is
#   needed to build Docker images with docker build; keep it to the projects that do,
#   and give those projects no more permissions than the image push needs.
# custom:
#   id: AWS-CODEBUILD-001
#   severity: medium
#   input: aws
#   remediation: |
#     Turn privileged mode off unless the project builds Docker images; for image builds,
#     consider a dedicated project, or a daemonless builder such as kaniko or buildah that
#     needs no privileged mode.
#
#     CloudFormation:
#     ```yaml
#     Environment:
#       PrivilegedMode: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       environment {
#         compute_type    = "BUILD_GENERAL1_SMALL"
#         image           = "aws/codebuild/standard:7.0"
#         type            = "LINUX_CONTAINER"
#         privileged_mode = false
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CodeBuild.5", "nist-800-53 AC-6", "devops ci-cd"]
#   aliases: ["CKV_AWS_316"]
package shipgate.aws.codebuild_privileged

import data.shipgate.lib

deny contains lib.result(msg, p, p.privileged_mode) if {
	some p in input.aws.codebuild.projects
	lib.is_true(p.privileged_mode)
	msg := sprintf("project %q runs builds in privileged mode (%s is true); turn it off unless the project builds Docker images, and then keep its permissions minimal", [p.resource, p.privileged_mode.key])
}
