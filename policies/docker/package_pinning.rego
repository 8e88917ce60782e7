# METADATA
# title: Package installed without a version
# description: >-
#   Opt-in (enable with --enable DOCKER-025). An OS or Python package installed without
#   a version is whatever the repository serves at build time, so two builds of the
#   same Dockerfile can differ. Pinning every package trades that for maintenance:
#   distributions remove old versions and the build breaks, which is why hadolint users
#   most often switch these checks off. The rule reports packages named without a
#   version in apt-get/apt install (name=version), apk add (name=version, name~version),
#   yum/dnf/microdnf/tdnf install (name-version), zypper install (name=version) and pip
#   install (name==version; requirement files and local paths are not judged).
# custom:
#   id: DOCKER-025
#   severity: info
#   input: dockerfile
#   opt_in: true
#   remediation: |
#     Name the version of each package, and let a bot such as Renovate update them.
#
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 \
#      && rm -rf /var/lib/apt/lists/*
#     RUN pip install --no-cache-dir requests==2.32.3
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["DL3008", "DL3013", "DL3018", "DL3033", "DL3037", "DL3041"]
package shipgate.docker.package_pinning

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, a.src) if {
	some x in docker.run_commands
	some m in managers
	x.cmd.name in m.names
	docker.subcommand(x.cmd) in m.installs
	some k, a in x.cmd.args
	a.literal
	not startswith(a.value, "-")
	not docker._after_option(x.cmd, k)
	a.value != docker.subcommand(x.cmd)
	not _option_value(x.cmd, k, m)
	package_name(a.value)
	not regex.match(m.pinned, a.value)
	msg := sprintf("%s installs %q without a version; pin it (%s)", [x.cmd.name, a.value, m.example])
}

managers := [
	{"names": {"apt-get", "apt"}, "installs": {"install"}, "pinned": `=`, "takes_value": set(), "example": "name=version"},
	{"names": {"apk"}, "installs": {"add"}, "pinned": `[=~<>]`, "takes_value": {"--virtual", "-t", "--repository", "-X", "--root", "-p"}, "example": "name=version"},
	{"names": {"yum", "dnf", "microdnf", "tdnf"}, "installs": {"install"}, "pinned": `-[0-9]`, "takes_value": {"--setopt", "--releasever", "--installroot"}, "example": "name-version"},
	{"names": {"zypper"}, "installs": {"install", "in"}, "pinned": `[=<>]`, "takes_value": {"-t", "--type", "-r", "--repo"}, "example": "name=version"},
	{"names": {"pip", "pip3"}, "installs": {"install"}, "pinned": `[=<>~@]|\.whl$|\.tar\.gz$|\.zip$`, "takes_value": {"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--trusted-host"}, "example": "name==version"},
]

_option_value(c, k, m) if {
	k > 0
	c.args[k - 1].value in m.takes_value
}

# package_name is a package named in the repository: not a path, URL or
# file, and not the "." of pip install .
package_name(v) if {
	not contains(v, "/")
	not contains(v, ":")
	v != "."
	regex.match(`^[A-Za-z0-9]`, v)
	not regex.match(`\.(rpm|deb|apk|txt)$`, v)
}
