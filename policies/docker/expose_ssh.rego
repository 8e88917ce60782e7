# METADATA
# title: Image exposes the SSH port
# description: >-
#   EXPOSE 22 announces an SSH server in the container. Containers are entered with
#   docker exec or kubectl exec; an SSH daemon adds a long-running root service, host
#   keys baked into the image and credentials to manage. The rule reports EXPOSE of
#   port 22 (tcp or unspecified).
# custom:
#   id: DOCKER-012
#   severity: low
#   input: dockerfile
#   remediation: |
#     Remove the SSH server and EXPOSE 22; use docker exec or kubectl exec to get a shell.
#
#     ```dockerfile
#     EXPOSE 8080
#     ```
#   frameworks: ["cis-docker-1.6 5.6", "devops hardening"]
#   aliases: ["CKV_DOCKER_1", "AVD-DS-0004"]
package shipgate.docker.expose_ssh

import data.shipgate.lib.docker

deny contains docker.stage_result(msg, s, e.src) if {
	some s in input.dockerfile.stages
	some e in s.expose
	e.known
	e.port == "22"
	e.protocol in {"", "tcp"}
	msg := "EXPOSE 22 announces an SSH server in the container; remove it and use docker exec or kubectl exec for a shell"
}
