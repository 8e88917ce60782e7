# METADATA
# title: Package manager may prompt for confirmation
# description: >-
#   apt-get, yum, dnf, tdnf and zypper ask for confirmation before they install,
#   upgrade or remove packages. A build has no terminal to answer, so the command
#   fails or depends on how the tool treats a closed input. The rule reports those
#   subcommands without the option that answers yes: -y/--yes/--assume-yes (or -qq)
#   for apt-get and apt, -y/--assumeyes for yum, dnf and tdnf, -n/--non-interactive or
#   -y/--no-confirm for zypper. A command with an argument whose value is not known
#   ($APT_FLAGS) is not reported, nor a file that configures APT::Get::Assume-Yes.
# custom:
#   id: DOCKER-007
#   severity: low
#   input: dockerfile
#   remediation: |
#     Answer yes on the command line.
#
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl \
#      && rm -rf /var/lib/apt/lists/*
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["DL3014", "DL3030", "DL3034", "DL3038", "AVD-DS-0021"]
package shipgate.docker.package_noninteractive

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	some tool in tools
	x.cmd.name in tool.names
	sub := docker.subcommand(x.cmd)
	sub in tool.subcommands
	not docker.has_unknown_arg(x.cmd)
	not answered(x.cmd, tool)
	not assume_yes_configured
	msg := sprintf("%s %s has no %s and will wait for a confirmation the build cannot give; add %s", [x.cmd.name, sub, tool.flag, tool.flag])
}

tools := [
	{
		"names": {"apt-get", "apt"},
		"subcommands": {"install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "build-dep", "reinstall"},
		"long": {"--yes", "--assume-yes", "--force-yes", "-q=2", "--quiet=2"},
		"short": {"y"},
		"flag": "-y",
	},
	{
		"names": {"yum", "dnf", "tdnf"},
		"subcommands": {"install", "update", "upgrade", "remove", "erase", "reinstall", "downgrade", "groupinstall", "localinstall", "distro-sync", "autoremove"},
		"long": {"--assumeyes"},
		"short": {"y"},
		"flag": "-y",
	},
	{
		"names": {"zypper"},
		"subcommands": {"install", "in", "update", "up", "remove", "rm", "patch", "dist-upgrade", "dup", "source-install", "si"},
		"long": {"--non-interactive", "--no-confirm"},
		"short": {"n", "y"},
		"flag": "-n (--non-interactive)",
	},
]

answered(c, tool) if docker.has_arg(c, tool.long)

answered(c, tool) if {
	some letter in tool.short
	docker.has_short(c, letter)
}

# apt-get -qq implies -y.
answered(c, tool) if {
	"apt-get" in tool.names
	docker.has_arg(c, {"-qq", "-qqy", "-yqq"})
}

answered(c, _) if {
	some a in c.args
	contains(lower(a.value), "assume-yes=")
}

# assume_yes_configured: the file writes APT::Get::Assume-Yes into an APT
# configuration, which answers every later apt-get.
assume_yes_configured if {
	some x in docker.run_commands
	some w in x.cmd.args
	contains(lower(w.value), "assume-yes")
}
