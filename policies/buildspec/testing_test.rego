# Package testing builds buildspec view inputs (docs/buildspec-model.md) for
# the buildspec policy tests.
package shipgate.buildspec.testing

# input_of is a policy input whose buildspec view is view over the defaults.
input_of(view) := {"kind": "buildspec", "path": "buildspec.yml", "raw": {}, "buildspec": object.union(base, view)}

base := {
	"src": "",
	"embedded": null,
	"version": {"value": "0.2", "known": true, "src": "/version"},
	"env": env({}),
	"phases": [],
	"reports": [],
	"artifacts": [],
	"cache": null,
	"batch": null,
}

# inline marks the view as the inline buildspec of CloudFormation project
# "Build".
inline := {"embedded": {"resource": "Build", "type": "AWS::CodeBuild::Project", "attribute": "Source.BuildSpec"}}

# env is the env section with the given fields over empty defaults.
env(fields) := object.union(
	{
		"src": "/env", "shell": null, "git_credential_helper": null, "run_as": null,
		"variables": [], "parameter_store": [], "secrets_manager": [], "exported_variables": [],
	},
	fields,
)

var(name, value) := {"name": name, "value": value, "known": known(value), "src": concat("/", ["/env/variables", name])}

ref(section, name, value) := {"name": name, "ref": value, "src": concat("/", ["/env", section, name])}

exported(i, name) := {"name": name, "src": sprintf("/env/exported-variables/%d", [i])}

yes(src) := {"value": true, "text": "yes", "src": src}

setting(v, src) := {"value": v, "known": known(v), "src": src}

# phase is phase name with the given commands and fields over defaults.
phase(name, commands, fields) := object.union(
	{
		"name": name, "src": concat("/", ["/phases", name]), "run_as": null, "on_failure": null,
		"runtime_versions": [], "commands": commands, "finally": [],
	},
	fields,
)

# cmd is command i of a phase: a pipeline of simple commands, each given as
# its list of words; a word holding "$" is an expansion.
cmd(ph, i, words_list) := cmd_redirect(ph, i, words_list, [])

# cmd_redirect is cmd whose last simple command has the given redirects
# ([op, target] pairs).
cmd_redirect(ph, i, words_list, redirects) := {
	"text": concat(" | ", [concat(" ", ws) | some ws in words_list]),
	"src": src,
	"phase": ph,
	"section": "commands",
	"index": i,
	"parsed": true,
	"lines": [{"text": concat(" | ", [concat(" ", ws) | some ws in words_list]), "src": sprintf("%s/line/0", [src])}],
	"cmds": [simple(ws, sprintf("%s/cmd/%d", [src, j]), pipe_to(j, count(words_list)), redirs(j, count(words_list), redirects, sprintf("%s/cmd/%d", [src, j]))) |
		some j, ws in words_list
	],
} if src := sprintf("/phases/%s/commands/%d", [ph, i])

pipe_to(j, n) := j + 1 if j < n - 1

pipe_to(j, n) := -1 if j == n - 1

redirs(j, n, redirects, src) := [{"op": r[0], "target": word(r[1], sprintf("%s/redirect/%d/target", [src, k])), "src": sprintf("%s/redirect/%d", [src, k])} | some k, r in redirects] if j == n - 1

redirs(j, n, _, _) := [] if j < n - 1

simple(words, src, to, redirects) := {
	"src": src,
	"name": name(words[0]),
	"program": 0,
	"words": ws,
	"args": array.slice(ws, 1, count(ws)),
	"assigns": [],
	"redirects": redirects,
	"pipe_to": to,
	"depth": 0,
} if ws := [word(w, sprintf("%s/word/%d", [src, k])) | some k, w in words]

name(w) := regex.replace(w, `^.*/`, "") if not contains(w, "$")

name(w) := "" if contains(w, "$")

word(v, src) := {
	"value": v,
	"literal": known(v),
	"vars": [m[1] | some m in regex.find_all_string_submatch_n(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`, v, -1)],
	"src": src,
}

# unparsed is command i of a phase that is not split into shell commands
# (PowerShell, or not valid shell).
unparsed(ph, i, text) := {
	"text": text, "src": src, "phase": ph, "section": "commands", "index": i, "parsed": false, "cmds": [],
	"lines": [{"text": line, "src": sprintf("%s/line/%d", [src, k])} | some k, line in split(text, "\n")],
} if src := sprintf("/phases/%s/commands/%d", [ph, i])

artifact(files, fields) := object.union(
	{
		"id": "", "src": "/artifacts",
		"files": [path_item(f, sprintf("/artifacts/files/%d", [i])) | some i, f in files],
		"exclude_paths": [], "base_directory": null, "discard_paths": null, "name": null,
	},
	fields,
)

path_item(v, src) := {"value": v, "known": known(v), "src": src}

# known is false for a value holding an expansion.
known(v) := false if contains(v, "$")

known(v) if not contains(v, "$")
