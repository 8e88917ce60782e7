# METADATA
# title: MAINTAINER is deprecated
# description: >-
#   MAINTAINER has been deprecated since Docker 1.13; tools read the maintainer from
#   the org.opencontainers.image.authors label. The rule reports every MAINTAINER.
# custom:
#   id: DOCKER-021
#   severity: info
#   input: dockerfile
#   remediation: |
#     Use the OCI label.
#
#     ```dockerfile
#     LABEL org.opencontainers.image.authors="team@example.com"
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["DL4000", "CKV_DOCKER_6", "AVD-DS-0022"]
package shipgate.docker.maintainer

import data.shipgate.lib.docker

deny contains docker.result(msg, i, i.src) if {
	some i in input.dockerfile.instructions
	i.cmd == "maintainer"
	msg := "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"...\""
}
