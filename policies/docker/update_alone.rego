# METADATA
# title: Package index updated in a RUN that installs nothing
# description: >-
#   RUN apt-get update on its own is cached as a layer: a later RUN apt-get install
#   rebuilt from cache installs from an index that may be months old, or fails when
#   the versions it names are gone. The rule reports apt-get/apt update and apk
#   update in a RUN that has no install (or upgrade) of the same package manager.
# custom:
#   id: DOCKER-024
#   severity: low
#   input: dockerfile
#   remediation: |
#     Update and install in the same RUN.
#
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl \
#      && rm -rf /var/lib/apt/lists/*
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["CKV_DOCKER_5", "AVD-DS-0017"]
package shipgate.docker.update_alone

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	some m in managers
	x.cmd.name in m.names
	docker.subcommand(x.cmd) == "update"
	not installs(x, m)
	msg := sprintf("%s update runs in a RUN that installs nothing, so a later install may use a stale cached index; update and install in the same RUN", [x.cmd.name])
}

managers := [
	{"names": {"apt-get", "apt"}, "installs": {"install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "download"}},
	{"names": {"apk"}, "installs": {"add", "upgrade", "fix"}},
]

installs(x, m) if {
	some y in docker.run_commands
	docker.same_run(x, y)
	y.cmd.name in m.names
	docker.subcommand(y.cmd) in m.installs
}

# A RUN whose other commands the file cannot read (a script it runs) may
# install: it is given the benefit of the doubt.
installs(x, _) if {
	some y in docker.run_commands
	docker.same_run(x, y)
	script(y.cmd)
}

script(c) if c.name == ""

script(c) if endswith(c.name, ".sh")

script(c) if {
	c.name in {"sh", "bash"}
	count(c.args) > 0
}
