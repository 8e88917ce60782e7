# Package docker.testing builds input.dockerfile values for the Dockerfile
# policy tests. It lives in a _test.rego file so that it is loaded with the
# tests only.
package shipgate.lib.docker.testing

# w is a word: literal unless it holds a $ expansion.
w(v) := {"value": v, "literal": _literal(v), "src": "/w"}

_literal(v) := false if contains(v, "$")

_literal(v) if not contains(v, "$")

# cmd is a shell command with its program name and arguments.
cmd(name, args) := {
	"name": name,
	"wrappers": [],
	"args": [w(a) | some a in args],
	"assigns": [],
	"redirects": [],
	"pipe_to": -1,
	"depth": 0,
	"src": sprintf("/c/%s/%d", [name, count(args)]),
}

# piped is command c with its output piped into command index to.
piped(c, to) := object.union(c, {"pipe_to": to})

# instr is instruction index of stage with the given fields.
instr(index, stage, name, fields) := object.union(
	{
		"index": index, "cmd": name, "stage": stage,
		"src": sprintf("/instructions/%d", [index]),
		"flags": [], "args": [], "json": false, "original": "",
		"heredocs": [], "pairs": [], "commands": [], "commands_known": false,
	},
	fields,
)

# run is a RUN of stage 0 with commands.
run(index, commands) := instr(index, 0, "run", {"commands": commands, "commands_known": true})

# arg is an argument value of an instruction.
arg(v) := {"value": v, "src": "/a"}

# flag is a flag of an instruction.
flag(name, value) := {"name": name, "value": value, "has_value": true, "src": "/f"}

# pair is an ENV/LABEL/ARG key and value.
pair(k, v) := {"key": k, "value": v, "has_value": true, "src": "/p", "key_src": "/p/k", "value_src": "/p/v"}

# image is the from of a stage built on an external image.
image(repo, tag, digest) := {
	"image": repo, "value": repo, "known": true, "args": [], "src": "/instructions/0/args/0",
	"scratch": false, "stage": -1, "registry": "", "repository": repo, "tag": tag, "digest": digest,
	"tag_src": "/t", "digest_src": "/d", "platform": "",
}

# user is a stage's user.
user(set, value, known) := {"set": set, "value": value, "written": value, "known": known, "src": "/u", "stage": 0, "inherited": false}

# stage is stage index with the given fields.
stage(index, fields) := object.union(
	{
		"index": index, "name": "", "name_lower": "", "name_src": "/n", "src": sprintf("/instructions/%d", [index]),
		"from": image("alpine", "3.20", ""), "windows": false,
		"user": user(false, "", false),
		"healthcheck": {"set": false, "none": false, "src": "/h", "stage": index},
		"expose": [], "base_stage": -1, "root": index, "chain": [], "instructions": [], "final": true, "shell_posix": true,
	},
	fields,
)

# df is an input with instructions and stages.
df(instructions, stages) := {
	"kind": "dockerfile",
	"path": "Dockerfile",
	"raw": {},
	"dockerfile": {
		"escape": "\\", "template": false, "instructions": instructions, "stages": stages,
		"final_stage": count(stages) - 1, "global_args": [],
	},
}

# runs is an input of one stage with RUN instructions of the given commands.
runs(commands) := df([run(0, commands)], [stage(0, {})])
