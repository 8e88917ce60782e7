# METADATA
# title: Service image has no HEALTHCHECK
# description: >-
#   Without a HEALTHCHECK, Docker and Swarm only know whether the process runs, not
#   whether it serves: a hung server stays "up". The rule is an advisory for service
#   images only: the final stage EXPOSEs a port (directly or through the stages it is
#   built FROM) and neither it nor those stages define HEALTHCHECK. HEALTHCHECK NONE
#   is a deliberate choice and is not reported. Orchestrators such as Kubernetes and
#   ECS define their own probes and ignore HEALTHCHECK; there the advisory can be
#   suppressed.
# custom:
#   id: DOCKER-013
#   severity: info
#   input: dockerfile
#   remediation: |
#     Probe the service from inside the container with a tool the image has.
#
#     ```dockerfile
#     HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
#       CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
#     ```
#   frameworks: ["cis-docker-1.6 4.6", "devops observability"]
#   aliases: ["CKV_DOCKER_2", "AVD-DS-0026"]
package shipgate.docker.healthcheck

import data.shipgate.lib.docker

warn contains docker.stage_result(msg, s, s.src) if {
	s := docker.final_stage
	count(s.expose) > 0
	not s.healthcheck.set
	ports := concat(", ", sort({e.value | some e in s.expose}))
	msg := sprintf("the final %s exposes %s but defines no HEALTHCHECK; add one that probes the service (or HEALTHCHECK NONE when the orchestrator probes it)", [docker.stage_label(s), ports])
}
