# METADATA
# title: Package manager cache left in the image
# description: >-
#   Package indexes and downloaded packages (/var/lib/apt/lists, /var/cache/apk,
#   /var/cache/yum and dnf, zypper's cache) stay in the layer of the RUN that created
#   them, adding size and stale metadata to every image; removing them in a later RUN
#   does not shrink the earlier layer. The rule reports, in the stages that make up the
#   final image, an install whose RUN does not clean up: apt-get/apt install without rm
#   -rf /var/lib/apt/lists/* (or apt-get dist-clean), apk add without --no-cache (or rm of /var/cache/apk),
#   yum/dnf/microdnf install without "clean all" (or rm of its cache), zypper install
#   without "zypper clean". A RUN with a cache mount (--mount=type=cache) is not
#   reported: the cache is then outside the image.
# custom:
#   id: DOCKER-009
#   severity: low
#   input: dockerfile
#   remediation: |
#     Clean up in the same RUN as the install, or use a cache mount.
#
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl \
#      && rm -rf /var/lib/apt/lists/*
#     RUN apk add --no-cache curl
#     RUN dnf install -y curl && dnf clean all
#     ```
#   frameworks: ["devops hardening"]
#   aliases: ["DL3009", "DL3019", "DL3032", "DL3036", "DL3040", "AVD-DS-0015", "AVD-DS-0019", "AVD-DS-0020", "AVD-DS-0025"]
package shipgate.docker.package_cache

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	docker.in_image(x.instr)
	not cache_mount(x.instr)
	some m in managers
	x.cmd.name in m.names
	docker.subcommand(x.cmd) in m.installs
	not docker.has_arg(x.cmd, m.no_cache)
	not cleaned(x, m)
	msg := sprintf("%s %s leaves %s in the image; %s in the same RUN", [x.cmd.name, docker.subcommand(x.cmd), m.what, m.fix])
}

managers := [
	{
		"names": {"apt-get", "apt"}, "installs": {"install"}, "no_cache": set(),
		"paths": ["/var/lib/apt/lists"], "cleans": {"dist-clean", "distclean"},
		"what": "the package lists", "fix": "add && rm -rf /var/lib/apt/lists/*",
	},
	{
		"names": {"apk"}, "installs": {"add"}, "no_cache": {"--no-cache", "--no-network"},
		"paths": ["/var/cache/apk"], "cleans": {"cache"},
		"what": "the package index cache", "fix": "use apk add --no-cache",
	},
	{
		"names": {"yum", "dnf", "microdnf", "tdnf"}, "installs": {"install", "groupinstall", "localinstall", "update", "upgrade", "reinstall"}, "no_cache": set(),
		"paths": ["/var/cache/yum", "/var/cache/dnf", "/var/cache/tdnf", "/var/cache/"], "cleans": {"clean"},
		"what": "the package cache", "fix": "add && yum clean all (dnf clean all, microdnf clean all)",
	},
	{
		"names": {"zypper"}, "installs": {"install", "in", "update", "up", "patch", "dist-upgrade", "dup"}, "no_cache": set(),
		"paths": ["/var/cache/zypp"], "cleans": {"clean", "cc"},
		"what": "the package cache", "fix": "add && zypper clean --all",
	},
]

# cleaned: the same RUN removes the cache or runs the manager's clean.
cleaned(x, m) if {
	some y in docker.run_commands
	docker.same_run(x, y)
	y.cmd.name == "rm"
	some a in y.cmd.args
	some p in m.paths
	startswith(a.value, p)
}

cleaned(x, m) if {
	some y in docker.run_commands
	docker.same_run(x, y)
	y.cmd.name in m.names
	docker.subcommand(y.cmd) in m.cleans
}

# A cleanup the file alone cannot see (a script, a variable) is given the
# benefit of the doubt: rm or find with a non-literal argument.
cleaned(x, _) if {
	some y in docker.run_commands
	docker.same_run(x, y)
	y.cmd.name in {"rm", "find"}
	some a in y.cmd.args
	contains(a.value, "$")
}

# So is a command whose program is not literal ($CLEANUP, a template's
# {{ clean_apt }}).
cleaned(x, _) if {
	some y in docker.run_commands
	docker.same_run(x, y)
	y.cmd.name == ""
}

cache_mount(i) if {
	some f in i.flags
	f.name == "mount"
	contains(f.value, "type=cache")
}
