# METADATA
# title: Base image is not pinned to a version tag
# description: >-
#   A FROM without a tag, or with the tag "latest", builds on whatever the registry
#   serves that day: rebuilding the same Dockerfile can silently change the operating
#   system, its packages and their vulnerabilities. The rule reads every FROM that
#   names an external image (not scratch, not an earlier stage), with global ARGs
#   substituted by their defaults; an image that comes from an ARG without a default
#   is not reported, and an image pinned by digest is not reported whatever its tag.
# custom:
#   id: DOCKER-002
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Name a version tag, and pin its digest for reproducible builds.
#
#     ```dockerfile
#     FROM python:3.12-slim-bookworm@sha256:<digest>
#     ```
#   frameworks: ["cis-docker-1.6 4.2", "devops supply-chain"]
#   aliases: ["DL3006", "DL3007", "CKV_DOCKER_7", "AVD-DS-0001"]
package shipgate.docker.image_tag

import data.shipgate.lib.docker

deny contains docker.stage_result(msg, s, s.from.tag_src) if {
	some s in input.dockerfile.stages
	external(s.from)
	lower(s.from.tag) == "latest"
	msg := sprintf("base image %q%s uses the tag \"latest\", which changes under you; pin a version tag (and its digest)", [s.from.image, substituted(s.from)])
}

deny contains docker.stage_result(msg, s, s.from.src) if {
	some s in input.dockerfile.stages
	external(s.from)
	s.from.tag == ""
	msg := sprintf("base image %q%s has no tag, so it is whatever \"latest\" is at build time; pin a version tag (and its digest)", [s.from.image, substituted(s.from)])
}

# external is true for a known image that is not scratch, not an earlier
# stage and not pinned by digest.
external(from) if {
	from.known
	not from.scratch
	from.stage == -1
	from.digest == ""
	from.repository != ""
}

substituted(from) := sprintf(" (%q with its ARG defaults)", [from.value]) if from.value != from.image

substituted(from) := "" if from.value == from.image
