# METADATA
# title: apt-get install pulls recommended packages
# description: >-
#   By default apt-get also installs every package the requested ones recommend:
#   often tens of megabytes of documentation, compilers and daemons nobody asked for,
#   each a source of vulnerabilities. The rule reports apt-get and apt install without
#   --no-install-recommends in the stages that make up the final image (a builder
#   stage whose files are copied selectively is not reported), unless the file
#   configures APT::Install-Recommends or the command has an argument whose value is
#   not known.
# custom:
#   id: DOCKER-008
#   severity: low
#   input: dockerfile
#   remediation: |
#     Install only what you name.
#
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
#      && rm -rf /var/lib/apt/lists/*
#     ```
#   frameworks: ["devops hardening"]
#   aliases: ["DL3015", "AVD-DS-0029"]
package shipgate.docker.apt_recommends

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.named({"apt-get", "apt"})
	docker.in_image(x.instr)
	docker.subcommand(x.cmd) == "install"
	not docker.has_unknown_arg(x.cmd)
	not docker.has_arg(x.cmd, {"--no-install-recommends"})
	not recommends_configured
	msg := sprintf("%s install also installs recommended packages; add --no-install-recommends", [x.cmd.name])
}

recommends_configured if {
	some x in docker.run_commands
	some w in x.cmd.args
	contains(lower(w.value), "install-recommends")
}
