# METADATA
# title: Several CMD or ENTRYPOINT instructions in one stage
# description: >-
#   Only the last CMD and the last ENTRYPOINT of a stage take effect; earlier ones are
#   dead code that misleads readers about what the container runs. The rule reports
#   each CMD or ENTRYPOINT that a later one of the same kind in the same stage
#   overrides. A generator template is not judged: its branches hold alternatives.
# custom:
#   id: DOCKER-014
#   severity: low
#   input: dockerfile
#   remediation: |
#     Keep one CMD and at most one ENTRYPOINT per stage.
#
#     ```dockerfile
#     ENTRYPOINT ["/app"]
#     CMD ["--port", "8080"]
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["DL4003", "DL4004", "AVD-DS-0016", "AVD-DS-0007"]
package shipgate.docker.multiple_cmd

import data.shipgate.lib.docker

deny contains docker.result(msg, i, i.src) if {
	some i in input.dockerfile.instructions
	not input.dockerfile.template
	i.cmd in {"cmd", "entrypoint"}
	i.stage >= 0
	some later in input.dockerfile.instructions
	later.cmd == i.cmd
	later.stage == i.stage
	later.index > i.index
	msg := sprintf("this %s is overridden by the %s on a later line of the same stage; keep only one", [upper(i.cmd), upper(i.cmd)])
}
