# METADATA
# title: Two stages have the same name
# description: >-
#   Stage names are case-insensitive and must be unique: COPY --from and FROM refer to
#   the name, and with two stages of that name BuildKit refuses the Dockerfile (older
#   builders silently used one of them). The rule reports every stage whose name, in
#   any case, an earlier stage already has. A generator template is not judged: its
#   branches hold alternative stages.
# custom:
#   id: DOCKER-022
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Give each stage its own name.
#
#     ```dockerfile
#     FROM golang:1.22 AS build
#     FROM alpine:3.20 AS runtime
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["DL3024", "CKV_DOCKER_11", "AVD-DS-0012"]
package shipgate.docker.duplicate_stage

import data.shipgate.lib.docker

deny contains docker.stage_result(msg, s, s.name_src) if {
	not input.dockerfile.template
	some s in input.dockerfile.stages
	s.name_lower != ""
	some first in input.dockerfile.stages
	first.index < s.index
	first.name_lower == s.name_lower
	msg := sprintf("stage name %q is already used by stage %d; give each stage its own name", [s.name, first.index])
}
