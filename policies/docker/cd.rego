# METADATA
# title: cd used instead of WORKDIR
# description: >-
#   A cd in a RUN only lasts for that RUN; the next instruction is back in the
#   WORKDIR. Scripts that rely on it break when they are split, and readers cannot see
#   where commands run. The rule is an advisory: it reports a RUN whose first command
#   is cd (the whole RUN then works elsewhere) - a cd later in a command list, or in a
#   subshell, is a scoped change and is not reported.
# custom:
#   id: DOCKER-016
#   severity: info
#   input: dockerfile
#   remediation: |
#     Set the directory with WORKDIR.
#
#     ```dockerfile
#     WORKDIR /src/app
#     RUN make install
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["DL3003", "AVD-DS-0013"]
package shipgate.docker.cd

import data.shipgate.lib.docker

warn contains docker.result(msg, i, c.src) if {
	some i in input.dockerfile.instructions
	i.cmd == "run"
	i.commands_known
	c := i.commands[0]
	c.name == "cd"
	c.depth == 0
	count(c.args) > 0
	msg := sprintf("RUN starts with cd %s, which lasts only for this RUN; set the directory with WORKDIR", [c.args[0].value])
}
