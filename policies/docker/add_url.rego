# METADATA
# title: ADD downloads a URL without a checksum
# description: >-
#   ADD <url> fetches a file at build time and puts it in the image without checking
#   what it got: a compromised server, a moved release or a man in the middle ships
#   straight into the image. BuildKit verifies the download when ADD has
#   --checksum=sha256:...; otherwise download with curl and check the checksum. The
#   rule reports ADD of an http, https or ftp URL without --checksum.
# custom:
#   id: DOCKER-005
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Pin the file's checksum (Dockerfile syntax 1.6 and later), or download and verify it.
#
#     ```dockerfile
#     ADD --checksum=sha256:<sha256> https://example.com/tool-1.2.3.tar.gz /tmp/
#     ```
#   frameworks: ["devops supply-chain"]
package shipgate.docker.add_url

import data.shipgate.lib.docker

deny contains docker.result(msg, i, a.src) if {
	some i in input.dockerfile.instructions
	i.cmd == "add"
	not checksum(i)
	some k, a in i.args
	k < count(i.args) - 1
	regex.match(`^(?i)(https?|ftp)://`, a.value)
	msg := sprintf("ADD downloads %q without verifying it; add --checksum=sha256:<digest>, or download it with curl and check its checksum", [a.value])
}

checksum(i) if {
	some f in i.flags
	f.name == "checksum"
}
