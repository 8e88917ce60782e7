# METADATA
# title: WORKDIR is a relative path
# description: >-
#   A relative WORKDIR is resolved against the previous WORKDIR, which may come from
#   the base image and change when it does; the directory then depends on something
#   the Dockerfile does not show. The rule reports a WORKDIR that is not absolute (a
#   Unix path starting with /, a Windows path with a drive letter) and whose value
#   does not start with a variable.
# custom:
#   id: DOCKER-015
#   severity: low
#   input: dockerfile
#   remediation: |
#     Use an absolute path.
#
#     ```dockerfile
#     WORKDIR /app
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["DL3000", "CKV_DOCKER_10", "AVD-DS-0009"]
package shipgate.docker.relative_workdir

import data.shipgate.lib.docker

deny contains docker.result(msg, i, a.src) if {
	some i in input.dockerfile.instructions
	i.cmd == "workdir"
	some a in i.args
	path := trim(a.value, `"'`)
	not regex.match(`^(/|\$|[A-Za-z]:|\\|\{\{)`, path)
	msg := sprintf("WORKDIR %q is relative to the previous WORKDIR, which may come from the base image; use an absolute path", [path])
}
