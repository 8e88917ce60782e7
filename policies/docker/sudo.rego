# METADATA
# title: sudo in a RUN instruction
# description: >-
#   RUN already runs as the stage's current USER; sudo adds a setuid binary and its
#   configuration to the image, makes privilege depend on /etc/sudoers, and lets any
#   later process that runs as that user become root. Switch users with USER instead.
#   The rule reports sudo (and doas) used as a command or a wrapper in a RUN.
# custom:
#   id: DOCKER-011
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Run the privileged steps as root, then drop to the unprivileged user.
#
#     ```dockerfile
#     USER root
#     RUN apt-get update && apt-get install -y --no-install-recommends curl \
#      && rm -rf /var/lib/apt/lists/*
#     USER app
#     ```
#   frameworks: ["cis-docker-1.6 4.1", "devops hardening"]
#   aliases: ["DL3004", "CKV2_DOCKER_1", "AVD-DS-0010"]
package shipgate.docker.sudo

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	some w in {"sudo", "doas"}
	uses(x.cmd, w)
	msg := sprintf("RUN uses %s; run the step as root with USER root and switch back with USER, instead of installing %s in the image", [w, w])
}

uses(c, w) if w in c.wrappers

uses(c, w) if c.name == w
