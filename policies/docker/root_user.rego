# METADATA
# title: Container runs as root
# description: >-
#   A process that runs as root inside the container is root on the host's kernel: a
#   container escape or a writable host mount then gives an attacker root. The rule
#   reads the final stage and the stages it is built FROM. It reports a USER that is
#   root (root, 0, root:group, 0:gid), wherever in that chain it is written, and a
#   chain that sets no USER at all, whose container runs as the base image's user -
#   root for almost every image. A USER whose value comes from an ARG or ENV without a
#   known value is not reported, nor is a base image that is built to run as a
#   non-root user (a ":nonroot" or "rootless" tag, Chainguard's cgr.dev images,
#   Bitnami's images), nor a Windows image.
# custom:
#   id: DOCKER-001
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Create an unprivileged user and switch to it at the end of the final stage.
#
#     ```dockerfile
#     FROM alpine:3.20
#     RUN addgroup -S app && adduser -S -G app app
#     COPY --chown=app:app app /usr/local/bin/app
#     USER app
#     ENTRYPOINT ["app"]
#     ```
#   frameworks: ["CIS Docker Benchmark 4.1", "DevOps: container hardening"]
#   aliases: ["DL3002", "CKV_DOCKER_3", "CKV_DOCKER_8", "AVD-DS-0002"]
package shipgate.docker.root_user

import data.shipgate.lib.docker

deny contains docker.stage_result(msg, s, s.user.src) if {
	s := docker.final_stage
	not s.windows
	s.user.set
	s.user.known
	root(s.user.value)
	msg := sprintf("the final %s runs as %q (USER %s); create an unprivileged user and switch to it with USER", [docker.stage_label(s), s.user.value, s.user.written])
}

deny contains docker.stage_result(msg, s, s.src) if {
	s := docker.final_stage
	not s.windows
	not s.user.set
	base := input.dockerfile.stages[s.root].from
	not nonroot_image(base)
	msg := sprintf("the final %s sets no USER, so the container runs as the base image's user, root unless %q sets another; create an unprivileged user and switch to it with USER", [docker.stage_label(s), base.image])
}

root(u) if lower(u) in {"root", "0"}

root(u) if regex.match(`^(root|0):`, lower(u))

# nonroot_image is true for base images built to run as a non-root user.
nonroot_image(from) if regex.match(`(?i)nonroot|rootless`, from.tag)

nonroot_image(from) if from.registry == "cgr.dev"

nonroot_image(from) if startswith(from.repository, "bitnami/")
