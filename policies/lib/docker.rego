# Package docker holds the helpers of the Dockerfile policies: the shell
# commands of RUN instructions, their options, and the stages that end up
# in the final image (docs/dockerfile-model.md).
package shipgate.lib.docker

# run_commands are the shell commands of every RUN whose commands could be
# read, heredoc scripts included: {"instr": the instruction's index, stage,
# flags and src, "cmd": the command, "h": -1, or the index of the heredoc
# whose script holds it}. It is an array, and its elements small: a set of
# whole instructions would be hashed and compared at every evaluation.
run_commands := array.concat(
	[{"instr": _brief(i), "cmd": c, "h": -1} |
		some i in input.dockerfile.instructions
		i.cmd == "run"
		i.commands_known
		some c in i.commands
	],
	[{"instr": _brief(i), "cmd": c, "h": k} |
		some i in input.dockerfile.instructions
		i.cmd == "run"
		some k, h in i.heredocs
		h.commands_known
		not _heredoc_script(i, k)
		some c in h.commands
	],
)

_brief(i) := {"index": i.index, "stage": i.stage, "flags": i.flags, "src": i.src}

# _heredoc_script: RUN <<EOF runs heredoc 0 as its script, whose commands
# are the instruction's own commands too.
_heredoc_script(i, 0) if {
	i.commands_known
	i.commands == i.heredocs[0].commands
}

# script is the list of commands a run_commands element belongs to, which
# its pipe_to indexes.
script(x) := input.dockerfile.instructions[x.instr.index].commands if x.h == -1

script(x) := input.dockerfile.instructions[x.instr.index].heredocs[x.h].commands if x.h >= 0

# named yields the RUN commands whose program is one of names.
named(names) := [x | some x in run_commands; x.cmd.name in names]

# arg_values are the literal argument values of a command.
arg_values(c) := [a.value | some a in c.args; a.literal]

# has_arg is true when a command has one of the literal arguments in opts.
has_arg(c, opts) if {
	some a in c.args
	a.literal
	a.value in opts
}

# has_short is true when a command has short option letter in a cluster
# of single-letter options (-y, -qy, -yq).
has_short(c, letter) if {
	some a in c.args
	a.literal
	regex.match(`^-[A-Za-z0-9]+$`, a.value)
	contains(a.value, letter)
}

# has_unknown_arg is true when a command has an argument whose value the
# file alone does not decide ($FLAGS, a glob): it might be the option a
# policy looks for, so the policy stays silent.
has_unknown_arg(c) if {
	some a in c.args
	not a.literal
}

# option_values are options that take a separate value, for subcommand.
option_values := {"-o", "-c", "-t", "--option", "--config-file", "--target-release", "-e", "--enablerepo", "--disablerepo", "-R", "--root", "--repo", "-X", "--repository"}

# subcommand is a command's first literal argument that is not an option
# or an option's value (apt-get -o X=y install → install).
subcommand(c) := first if {
	firsts := [a.value |
		some k, a in c.args
		a.literal
		not startswith(a.value, "-")
		not _after_option(c, k)
	]
	count(firsts) > 0
	first := firsts[0]
}

_after_option(c, k) if {
	k > 0
	c.args[k - 1].literal
	c.args[k - 1].value in option_values
}

# same_run is true when two commands sit in the same RUN instruction.
same_run(x, y) if x.instr.index == y.instr.index

# final_stage is the stage the image is built from.
final_stage := s if {
	some s in input.dockerfile.stages
	s.final
}

# image_stages are the indexes of the stages whose layers end up in the
# final image: the final stage and the stages it is built FROM.
image_stages contains s.index if {
	some s in input.dockerfile.stages
	s.final
}

image_stages contains b if {
	some s in input.dockerfile.stages
	s.final
	some b in s.chain
}

# in_image is true for an instruction of a stage that ends up in the image.
in_image(i) if i.stage in image_stages

# stage_label names a stage for messages: its name, or its index.
stage_label(s) := sprintf("stage %q", [s.name]) if s.name != ""

stage_label(s) := sprintf("stage %d", [s.index]) if s.name == ""

# result places a finding at src (a pointer of the view), naming the
# stage as the resource so fingerprints survive edits elsewhere.
result(msg, i, src) := {"msg": msg, "src": src, "resource": _resource(i)}

_resource(i) := input.dockerfile.stages[i.stage].name if {
	i.stage >= 0
	input.dockerfile.stages[i.stage].name != ""
}

_resource(i) := sprintf("stage %d", [i.stage]) if {
	i.stage >= 0
	input.dockerfile.stages[i.stage].name == ""
}

_resource(i) := "global" if i.stage < 0

# stage_name is the resource name of a stage in findings.
stage_name(s) := s.name if s.name != ""

stage_name(s) := sprintf("stage %d", [s.index]) if s.name == ""

# stage_result places a finding about stage s at src.
stage_result(msg, s, src) := {"msg": msg, "src": src, "resource": stage_name(s)}

# shells are the programs that run a script given on their standard input.
shells := {"sh", "bash", "zsh", "ash", "dash", "ksh", "mksh", "fish", "python", "python2", "python3", "perl", "ruby", "node", "php"}

# reads_stdin is true for a shell or interpreter that runs the program it
# reads from standard input: a shell without -c, an interpreter without a
# program of its own (no argument but "-" or options that do not give
# one, such as python -u).
reads_stdin(cmd) if {
	cmd.name in {"sh", "bash", "zsh", "ash", "dash", "ksh", "mksh", "fish"}
	not _has_c(cmd)
}

reads_stdin(cmd) if {
	cmd.name in (shells - {"sh", "bash", "zsh", "ash", "dash", "ksh", "mksh", "fish"})
	every a in cmd.args {
		a.literal
		_stdin_arg(a.value)
	}
}

_has_c(cmd) if {
	some a in cmd.args
	a.literal
	regex.match(`^-[A-Za-z]*c[A-Za-z]*$`, a.value)
}

# An interpreter's argument that leaves the program on standard input.
_stdin_arg("-")

_stdin_arg(v) if regex.match(`^-[A-Za-z]+$`, v)

_stdin_arg(v) if {
	regex.match(`^--`, v)
	v != "--"
}
