# METADATA
# title: ADD used where COPY serves
# description: >-
#   ADD copies files like COPY, but also downloads URLs and unpacks local tar archives
#   into the destination. Used for plain files, it hides which of these happens and
#   can unpack an archive nobody meant to unpack; COPY does only the copy. The rule
#   reports ADD instructions whose sources are all local paths that are not tar
#   archives (those are what ADD is for); sources with variables are not judged.
# custom:
#   id: DOCKER-004
#   severity: low
#   input: dockerfile
#   remediation: |
#     Use COPY for local files and directories.
#
#     ```dockerfile
#     COPY requirements.txt /app/
#     ```
#   frameworks: ["cis-docker-1.6 4.9", "devops hardening"]
#   aliases: ["DL3020", "CKV_DOCKER_4", "AVD-DS-0005"]
package shipgate.docker.add_local

import data.shipgate.lib.docker

deny contains docker.result(msg, i, i.src) if {
	some i in input.dockerfile.instructions
	i.cmd == "add"
	count(i.heredocs) == 0
	srcs := sources(i)
	count(srcs) > 0
	every s in srcs {
		local_file(s)
	}
	msg := sprintf("ADD copies local %q; use COPY, which only copies (ADD also downloads URLs and unpacks archives)", [srcs[0]])
}

# sources are the arguments before the destination.
sources(i) := [a.value | some k, a in i.args; k < count(i.args) - 1]

local_file(s) if {
	not contains(s, "$")
	not regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://|^git@`, s)
	not regex.match(`(?i)\.(tar|tgz|tbz2?|txz|tzst|tar\.(gz|bz2|xz|zst|lz|lzma|z))$`, s)
	not contains(s, "*")
	not contains(s, "?")
}
