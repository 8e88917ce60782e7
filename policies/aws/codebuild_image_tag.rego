# METADATA
# title: CodeBuild project builds in a custom image by a mutable tag
# description: >-
#   A custom build image named without a tag, or with the tag latest, is whatever
#   the registry holds when the build starts: a push to that repository (or a
#   compromised registry account) changes the tools every build runs with, and a
#   build cannot be reproduced. The rule reads Environment.Image; the curated
#   aws/codebuild/ images, images pinned by digest and images with any other tag are
#   not reported.
# custom:
#   id: AWS-CODEBUILD-012
#   severity: low
#   input: aws
#   remediation: |
#     Pin the build image by a version tag, or better by its digest, and update it
#     deliberately.
#
#     CloudFormation:
#     ```yaml
#     Environment:
#       Type: LINUX_CONTAINER
#       ComputeType: BUILD_GENERAL1_SMALL
#       Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/build-tools@sha256:4f1c...
#       ImagePullCredentialsType: SERVICE_ROLE
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       environment {
#         type                        = "LINUX_CONTAINER"
#         compute_type                = "BUILD_GENERAL1_SMALL"
#         image                       = "${aws_ecr_repository.tools.repository_url}:2024.11.1"
#         image_pull_credentials_type = "SERVICE_ROLE"
#       }
#     }
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-3", "devops supply-chain"]
package shipgate.aws.codebuild_image_tag

import data.shipgate.lib

deny contains lib.result(msg, p, p.image) if {
	some p in input.aws.codebuild.projects
	image := lib.string_value(p.image)
	not startswith(image, "aws/codebuild/")
	not contains(image, "@")
	what := mutable(image)
	msg := sprintf("project %q builds in image %q, which %s, so every build may run different tools; pin a version tag or a digest", [p.resource, image, what])
}

# mutable says why an image reference without a digest moves: no tag, or
# the tag latest. A colon after the last slash starts the tag (one before
# it is a registry port).
mutable(image) := "has no tag (it is whatever latest is at build time)" if {
	trim_space(image) != ""
	not contains(last_part(image), ":")
}

mutable(image) := "uses the tag latest" if {
	parts := split(last_part(image), ":")
	lower(parts[count(parts) - 1]) == "latest"
}

last_part(image) := parts[count(parts) - 1] if parts := split(image, "/")
