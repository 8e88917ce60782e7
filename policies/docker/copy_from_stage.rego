# METADATA
# title: COPY --from names a stage that does not exist
# description: >-
#   COPY --from takes a stage name, a stage index, or an image. A name that matches no
#   earlier stage is pulled as an image instead - from Docker Hub when it has no
#   registry - so a typo or a renamed stage fetches someone else's image, or fails the
#   build. The rule reports --from that names the stage it is in, a later stage, an
#   index that is not an earlier stage, or a plain name (no registry, tag or digest)
#   that no stage has. A reference with a registry, a tag or a digest, and a value
#   from a variable, are not reported.
# custom:
#   id: DOCKER-023
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Name an earlier stage, or write the image in full with its registry and tag.
#
#     ```dockerfile
#     FROM golang:1.22 AS build
#     FROM alpine:3.20
#     COPY --from=build /out/app /app
#     COPY --from=docker.io/library/busybox:1.36 /bin/busybox /busybox
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["DL3022", "DL3023"]
package shipgate.docker.copy_from_stage

import data.shipgate.lib.docker

deny contains docker.result(msg, i, f.src) if {
	some i in input.dockerfile.instructions
	i.cmd in {"copy", "add"}
	i.stage >= 0
	some f in i.flags
	f.name == "from"
	v := f.value
	not contains(v, "$")
	problem := problem_of(v, i.stage)
	msg := sprintf("COPY --from=%s %s", [v, problem])
}

problem_of(v, cur) := "names the stage it is in; copy from an earlier stage" if {
	lower(v) == input.dockerfile.stages[cur].name_lower
}

problem_of(v, cur) := sprintf("names stage %d, which is not an earlier stage; copy from an earlier stage", [to_number(v)]) if {
	regex.match(`^[0-9]+$`, v)
	to_number(v) >= cur
}

problem_of(v, cur) := "names a stage defined later; move that stage before this one" if {
	some s in input.dockerfile.stages
	s.index > cur
	s.name_lower == lower(v)
	lower(v) != input.dockerfile.stages[cur].name_lower
	not _earlier(v, cur)
}

problem_of(v, _) := "matches no stage, so Docker pulls an image of that name from Docker Hub; name an earlier stage, or write the image with its registry and tag" if {
	regex.match(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`, v)
	not regex.match(`^[0-9]+$`, v)
	every s in input.dockerfile.stages {
		s.name_lower != lower(v)
	}
}

_earlier(v, cur) if {
	some s in input.dockerfile.stages
	s.index < cur
	s.name_lower == lower(v)
}
