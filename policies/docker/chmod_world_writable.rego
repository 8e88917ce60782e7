# METADATA
# title: chmod makes files world-writable
# description: >-
#   chmod 777 (or o+w, a+w) lets any user in the container - including a compromised
#   process running as another user - replace the files, binaries or scripts the image
#   runs. The rule reports chmod in a RUN with a numeric mode whose "others" digit
#   grants write (777, 666, 0777, 2777) or a symbolic mode that adds write for others
#   or all (o+w, a+w, +w). A sticky mode (1777, +t) is not reported: that is how
#   shared directories such as /tmp are meant to be; nor is a temporary directory
#   that the same RUN removes again.
# custom:
#   id: DOCKER-017
#   severity: medium
#   input: dockerfile
#   remediation: |
#     Give ownership to the user that needs to write, and keep the mode tight.
#
#     ```dockerfile
#     COPY --chown=app:app data /data
#     RUN chmod 750 /data
#     ```
#   frameworks: ["cis-docker-1.6 4.8", "devops hardening"]
package shipgate.docker.chmod_world_writable

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, a.src) if {
	some x in docker.named({"chmod"})
	some a in x.cmd.args
	a.literal
	world_writable(a.value)
	not removed_later(x)
	msg := sprintf("chmod %s makes files writable by every user in the container; grant write to the owning user or group only", [a.value])
}

# removed_later is true when every path the chmod changes is removed again
# in the same RUN (a temporary build directory).
removed_later(x) if {
	paths := [a.value | some a in x.cmd.args; not startswith(a.value, "-"); not world_writable(a.value)]
	count(paths) > 0
	every p in paths {
		some y in docker.run_commands
		docker.same_run(x, y)
		y.cmd.name == "rm"
		some b in y.cmd.args
		b.value == p
	}
}

# A numeric mode whose last digit has the write bit, not sticky.
world_writable(m) if {
	regex.match(`^0?[0-7]{3}$`, m)
	others := to_number(substring(m, count(m) - 1, 1))
	bits.and(others, 2) == 2
}

world_writable(m) if {
	regex.match(`^[0-7]{4}$`, m)
	not startswith(m, "1")
	not startswith(m, "0")
	others := to_number(substring(m, 3, 1))
	bits.and(others, 2) == 2
}

world_writable(m) if {
	regex.match(`^0[0-7]{3}$`, m)
	others := to_number(substring(m, 3, 1))
	bits.and(others, 2) == 2
}

# Symbolic: o+w, a+w, +w (all), ugo+rwx; not when the sticky bit is set.
world_writable(m) if {
	some part in split(m, ",")
	regex.match(`^[ugoa]*[+=][rwxXst]*w[rwxXst]*$`, part)
	who := regex.find_n(`^[ugoa]*`, part, 1)[0]
	_all_or_others(who)
	not contains(part, "t")
}

_all_or_others(who) if who == ""

_all_or_others(who) if contains(who, "o")

_all_or_others(who) if contains(who, "a")
