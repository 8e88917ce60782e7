# METADATA
# title: Script downloaded and piped into a shell
# description: >-
#   curl ... | sh runs whatever the server returns at build time, unverified: a
#   compromised server, DNS or CDN, or a truncated download, runs in your image with
#   the build's privileges. The rule reports curl or wget whose output is piped into a
#   shell or an interpreter (sh, bash, python, perl, ...; also behind sudo), and a
#   shell that runs a downloaded script through $(curl ...) or <(curl ...).
# custom:
#   id: DOCKER-010
#   severity: high
#   input: dockerfile
#   remediation: |
#     Download to a file, verify its checksum (or signature), then run it.
#
#     ```dockerfile
#     ARG INSTALLER_SHA256=<sha256 of the script you reviewed>
#     RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \
#      && echo "${INSTALLER_SHA256}  /tmp/install.sh" | sha256sum -c - \
#      && sh /tmp/install.sh && rm /tmp/install.sh
#     ```
#   frameworks: ["devops supply-chain", "owasp-cicd CICD-SEC-3"]
package shipgate.docker.curl_pipe_shell

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.named({"curl", "wget"})
	x.cmd.pipe_to >= 0
	target := docker.script(x)[x.cmd.pipe_to]
	docker.reads_stdin(target)
	msg := sprintf("%s pipes a downloaded script into %q, which runs whatever the server returns; download it to a file, verify its checksum, then run it", [x.cmd.name, target.name])
}

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	x.cmd.name in docker.shells
	some a in x.cmd.args
	regex.match(`[$<]\(\s*(curl|wget)\s`, a.value)
	msg := sprintf("%q runs a script it downloads with %s; download it to a file, verify its checksum, then run it", [x.cmd.name, substring(a.value, 0, 60)])
}
