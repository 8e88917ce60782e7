# METADATA
# title: RUN --security=insecure
# description: >-
#   RUN --security=insecure runs the step without the build sandbox, with all
#   capabilities and access to host devices, like docker run --privileged. A build
#   step that is compromised (a malicious package install script) can then reach the
#   build host. The rule reports every RUN with --security=insecure.
# custom:
#   id: DOCKER-018
#   severity: high
#   input: dockerfile
#   remediation: |
#     Remove the flag; grant the build only what it needs, such as a cache or secret mount.
#
#     ```dockerfile
#     RUN --mount=type=cache,target=/root/.cache make
#     ```
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-7"]
package shipgate.docker.run_insecure

import data.shipgate.lib.docker

deny contains docker.result(msg, i, f.src) if {
	some i in input.dockerfile.instructions
	i.cmd == "run"
	some f in i.flags
	f.name == "security"
	f.value == "insecure"
	msg := "RUN --security=insecure runs the step outside the build sandbox with every capability; remove it"
}
