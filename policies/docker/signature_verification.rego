# METADATA
# title: Package signature verification switched off
# description: >-
#   Package managers check packages against the distribution's signing keys; switched
#   off, a mirror, a proxy or a man in the middle can install any package it likes.
#   The rule reports, in RUN commands: yum/dnf/microdnf/tdnf --nogpgcheck, rpm
#   --nosignature or --nodigest, apk --allow-untrusted, apt-get/apt
#   --allow-unauthenticated, --allow-insecure-repositories or --force-yes, and APT
#   sources or yum repositories written with [trusted=yes] or gpgcheck=0. A local
#   repository (deb [trusted=yes] file:...) and apk --allow-untrusted of local .apk
#   files, both built earlier in the same build, are not reported.
# custom:
#   id: DOCKER-020
#   severity: high
#   input: dockerfile
#   remediation: |
#     Import the repository's signing key and keep verification on.
#
#     ```dockerfile
#     RUN curl -fsSL https://example.com/repo.gpg -o /etc/apt/keyrings/example.gpg \
#      && echo "deb [signed-by=/etc/apt/keyrings/example.gpg] https://example.com/apt stable main" \
#           > /etc/apt/sources.list.d/example.list
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["CKV2_DOCKER_7"]
package shipgate.docker.signature_verification

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, a.src) if {
	some x in docker.run_commands
	some m in managers
	x.cmd.name in m.names
	some a in x.cmd.args
	a.literal
	a.value in m.flags
	not local_packages(x.cmd)
	msg := sprintf("%s %s installs packages without checking their signatures; remove it and import the repository's key", [x.cmd.name, a.value])
}

deny contains docker.result(msg, x.instr, w.src) if {
	some x in docker.run_commands
	some w in x.cmd.args
	regex.match(`(?i)\[[^\]]*trusted=yes[^\]]*\]|gpgcheck\s*=\s*0`, w.value)
	not regex.match(`(?i)trusted=yes[^\]]*\]\s*(file|copy):`, w.value)
	msg := sprintf("%s configures a package source without signature checks (%s); import the repository's key instead", [x.cmd.name, trusted(w.value)])
}

trusted(v) := "trusted=yes" if contains(lower(v), "trusted=yes")

trusted(v) := "gpgcheck=0" if not contains(lower(v), "trusted=yes")

# local_packages is true for apk add --allow-untrusted of package files
# only (built by an earlier step of the build), with no repository.
local_packages(c) if {
	c.name == "apk"
	not docker.has_arg(c, {"-X", "--repository"})
	pkgs := [a.value | some a in c.args; not startswith(a.value, "-"); a.value != "add"]
	count(pkgs) > 0
	every p in pkgs {
		regex.match(`^[./].*\.apk$`, p)
	}
}

managers := [
	{"names": {"yum", "dnf", "microdnf", "tdnf"}, "flags": {"--nogpgcheck", "--nogpg"}},
	{"names": {"rpm"}, "flags": {"--nosignature", "--nodigest", "--nogpgcheck"}},
	{"names": {"apk"}, "flags": {"--allow-untrusted"}},
	{"names": {"apt-get", "apt", "aptitude"}, "flags": {"--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes", "--allow-downgrades-unauthenticated"}},
]
