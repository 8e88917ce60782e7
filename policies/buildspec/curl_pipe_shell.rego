# METADATA
# title: Buildspec pipes a download into a shell
# description: >-
#   curl or wget piped into sh, bash or another interpreter runs whatever the server
#   returns at that moment, with the build's credentials and nothing to review or pin:
#   a compromised or spoofed download runs code in the pipeline. The rule reports
#   curl/wget piped into a shell or interpreter reading its program from standard input,
#   and shells given a download by process or command substitution (bash <(curl …),
#   sh -c "$(curl …)", eval "$(wget -O- …)").
# custom:
#   id: BUILDSPEC-005
#   severity: medium
#   input: buildspec
#   remediation: |
#     Download the script to a file, verify its checksum (or signature), then run it; or
#     install the tool from a package manager with a pinned version.
#
#     ```yaml
#     phases:
#       install:
#         commands:
#           - curl -fsSLo install.sh https://example.com/install.sh
#           - echo "3f1c…  install.sh" | sha256sum -c -
#           - sh install.sh
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-3", "owasp-cicd CICD-SEC-9", "devops supply-chain"]
package shipgate.buildspec.curl_pipe_shell

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, s) if {
	some c in bs.commands
	some s in c.cmds
	s.name in {"curl", "wget"}
	s.pipe_to >= 0
	sh := c.cmds[s.pipe_to]
	reads_stdin(sh)
	msg := sprintf("%s output is piped into %s, which runs whatever the server returns%s; download to a file, verify its checksum, then run it", [s.name, sh.name, bs.where])
}

deny contains bs.result(msg, s) if {
	some [_, s] in bs.simple_commands
	s.name in (bs.shells | {"source", ".", "eval"})
	some a in s.args
	regex.match(`^"?(<|\$)\(\s*(curl|wget)\s`, a.value)
	msg := sprintf("%s runs a script downloaded by %s, whatever the server returns%s; download to a file, verify its checksum, then run it", [s.name, a.value, bs.where])
}

# reads_stdin is true for a shell or interpreter that runs the program it
# reads from standard input: no -c (shells) and, for interpreters, no
# program argument or "-".
reads_stdin(s) if {
	s.name in {"sh", "bash", "zsh", "dash", "ksh", "ash", "fish"}
	not has_c(s)
}

reads_stdin(s) if {
	s.name in {"python", "python3", "perl", "ruby", "node"}
	every a in s.args {
		a.value == "-"
	}
}

has_c(s) if {
	some a in s.args
	regex.match(`^-[A-Za-z]*c[A-Za-z]*$`, a.value)
}
