# METADATA
# title: Container runs as root
# description: >-
#   A process that runs as root inside the container is root on the host's kernel: a
#   container escape or a writable host mount then gives an attacker root. The rule
#   reads the final stage and the stages it is built FROM. It reports a USER that is
#   root (root, 0, root:group, 0:gid), wherever in that chain it is written. A chain
#   that sets no USER runs as the base image's user, which the Dockerfile does not
#   show: it is reported only when the base image is known to run as root - scratch,
#   a Docker Official Image (debian, python, node, nginx, ...; also through the
#   public.ecr.aws/docker/library mirror), Amazon Linux, Red Hat UBI, distroless
#   without the nonroot tag. An image that installs gosu, su-exec or setpriv is not
#   reported (its entrypoint drops privileges when it starts the service, as the
#   official postgres and redis images do), nor a USER whose value comes from an ARG
#   or ENV without a known value, nor a Windows image.
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
#   frameworks: ["cis-docker-1.6 4.1", "devops hardening"]
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
	root_image(base)
	not drops_privileges(s)
	msg := sprintf("the final %s sets no USER, so the container runs as the base image's user, root unless %q sets another; create an unprivileged user and switch to it with USER", [docker.stage_label(s), base.image])
}

root(u) if lower(u) in {"root", "0"}

root(u) if regex.match(`^(root|0):`, lower(u))

# drops_privileges is true when the image's stages install or run a tool
# that an entrypoint uses to start the service as another user.
drops_privileges(s) if {
	some i in input.dockerfile.instructions
	i.cmd == "run"
	i.stage in ({s.index} | {c | some c in s.chain})
	some c in i.commands
	used(c, {"gosu", "su-exec", "setpriv"})
}

# root_image is true for a base image known to run as root when no USER is
# set: scratch, Docker Official Images and a few distribution images.
root_image(from) if from.scratch

root_image(from) if {
	from.known
	from.registry in {"", "docker.io", "index.docker.io", "registry-1.docker.io"}
	official(from.repository)
	not nonroot_tag(from)
}

root_image(from) if {
	from.known
	some prefix in root_repositories
	startswith(concat("/", [from.registry, from.repository]), prefix)
	not nonroot_tag(from)
}

official(repo) if regex.match(`^(library/)?[a-z0-9]+([._-][a-z0-9]+)*$`, repo)

root_repositories := {
	"public.ecr.aws/docker/library/",
	"public.ecr.aws/amazonlinux/amazonlinux",
	"registry.access.redhat.com/ubi",
	"gcr.io/distroless/",
	"mcr.microsoft.com/dotnet/",
}

nonroot_tag(from) if regex.match(`(?i)nonroot|rootless`, from.tag)

used(c, tools) if c.name in tools

used(c, tools) if {
	some a in c.args
	a.value in tools
}
