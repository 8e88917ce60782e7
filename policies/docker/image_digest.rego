# METADATA
# title: Base image is not pinned by digest
# description: >-
#   A tag can be moved to another image at any time, by the publisher or by anyone who
#   takes over the repository; only a digest (image@sha256:...) names one image for
#   good. Without it a rebuild may pull different content, and a compromised registry
#   account can ship into your image. The rule reads every FROM that names an
#   external image (not scratch, not an earlier stage) whose value is known. Tools
#   such as Renovate and Dependabot keep digests current.
# custom:
#   id: DOCKER-003
#   severity: low
#   input: dockerfile
#   remediation: |
#     Append the digest of the image you tested; let a bot update tag and digest together.
#
#     ```dockerfile
#     FROM node:22.11-bookworm-slim@sha256:<digest>
#     ```
#   frameworks: ["devops supply-chain"]
package shipgate.docker.image_digest

import data.shipgate.lib.docker

deny contains docker.stage_result(msg, s, s.from.src) if {
	some s in input.dockerfile.stages
	s.from.known
	not s.from.scratch
	s.from.stage == -1
	s.from.repository != ""
	s.from.digest == ""
	msg := sprintf("base image %q is not pinned by digest; append @sha256:<digest> of the image you tested", [s.from.value])
}
