# Package github_testing builds workflow-view inputs for the GitHub
# Actions policy tests.
package shipgate.lib.github_testing

# workflow is a workflow with the given trigger names and jobs.
workflow(events, jobs) := {
	"kind": "github-workflow",
	"path": ".github/workflows/ci.yml",
	"raw": {},
	"workflow": {
		"type": "workflow",
		"src": "",
		"name": null,
		"triggers": [trigger(e) | some e in events],
		"permissions": {"src": "", "state": "absent", "scopes": []},
		"env": [],
		"defaults": null,
		"concurrency": null,
		"jobs": jobs,
		"action": null,
		"expressions": [e | some j in jobs; some s in j.steps; some e in _step_exprs(s)],
	},
}

# action is a composite action with the given steps.
action(steps) := {
	"kind": "github-workflow",
	"path": "action.yml",
	"raw": {},
	"workflow": {
		"type": "action",
		"src": "",
		"name": null,
		"triggers": [],
		"permissions": {"src": "", "state": "absent", "scopes": []},
		"env": [],
		"defaults": null,
		"concurrency": null,
		"jobs": [],
		"action": {"inputs": [], "outputs": [], "runs": {
			"src": "/runs", "using": str("composite", "/runs/using"), "main": null, "pre": null, "post": null,
			"image": null, "env": [], "steps": steps,
		}},
		"expressions": [e | some s in steps; some e in _step_exprs(s)],
	},
}

_step_exprs(s) := array.concat(
	[e | s.run; some e in s.run.exprs],
	[e | some w in s.with; some e in w.value.exprs],
)

# trigger is a trigger without configuration.
trigger(e) := {
	"event": e, "src": concat("/", ["/on", e]),
	"types": [], "branches": [], "branches_ignore": [], "tags": [], "tags_ignore": [],
	"paths": [], "paths_ignore": [], "workflows": [], "cron": [], "inputs": [], "secrets": [],
}

# job is a job on ubuntu-latest with the given steps.
job(id, steps) := {
	"id": id, "src": concat("/", ["/jobs", id]), "name": null, "if": null,
	"runs_on": {"src": concat("/", ["/jobs", id, "runs-on"]), "labels": [str("ubuntu-latest", "")], "group": null, "self_hosted": "no"},
	"container": null, "services": [],
	"permissions": {"src": concat("/", ["/jobs", id]), "state": "absent", "scopes": []},
	"env": [], "defaults": null, "concurrency": null, "environment": null, "strategy": null,
	"needs": [], "uses": null, "with": [], "secrets": null, "outputs": [], "steps": steps,
}

# str is a known string field.
str(v, src) := {"value": v, "src": src, "known": true, "exprs": []}

# expr is an expression with the contexts that flow into its value and
# the functions it calls.
expr(text, flows, calls) := {
	"text": text, "src": sprintf("/x/expr/%s", [text]), "field": "/x", "parsed": true,
	"literal": false,
	"contexts": [{"path": p, "dynamic": false} | some p in flows],
	"flows": flows,
	"calls": [{"name": c, "args": []} | some c in calls],
	"compares": [],
}

# step is step i with no action and no script.
step(i) := {
	"index": i, "src": sprintf("/jobs/build/steps/%d", [i]), "id": null, "name": null, "if": null,
	"uses": null, "with": [], "env": [], "shell": null, "working_directory": null,
	"continue_on_error": null, "run": null,
}

# run_step is step i running a script holding the given expressions.
run_step(i, exprs) := object.union(step(i), {"run": {
	"value": "echo", "src": sprintf("/jobs/build/steps/%d/run", [i]), "known": count(exprs) == 0,
	"exprs": exprs, "shell": "", "parsed": true, "commands": [],
}})

# script_step is step i running a script of the given shell commands.
script_step(i, commands) := object.union(step(i), {"run": {
	"value": "echo", "src": sprintf("/jobs/build/steps/%d/run", [i]), "known": true,
	"exprs": [], "shell": "", "parsed": true, "commands": commands,
}})

# command is a command named name with literal arguments.
command(name, args) := {
	"src": "/jobs/build/steps/0/run/cmd/0", "name": name, "text": concat(" ", array.concat([name], args)),
	"args": [{"value": a, "literal": true, "src": "/jobs/build/steps/0/run/cmd/0"} | some a in args],
	"assigns": [], "redirs": [], "pipe_to": -1, "depth": 0,
}

# uses_step is step i using owner/repo@ref with the given inputs.
uses_step(i, owner, repo, ref, inputs) := object.union(step(i), {
	"uses": uses(owner, repo, ref, sprintf("/jobs/build/steps/%d/uses", [i])),
	"with": inputs,
})

# uses is a repository action reference.
uses(owner, repo, ref, src) := {
	"value": sprintf("%s/%s@%s", [owner, repo, ref]), "src": src, "known": true, "exprs": [],
	"kind": "repository", "owner": owner, "repo": repo, "path": "", "ref": ref,
	"pinned": regex.match(`^[0-9a-f]{40}$`, ref), "image": null,
}

# input_expr is a with: input holding the given expressions ("" value).
input_expr(name, exprs) := {"name": name, "src": concat("/", ["/w", name]), "value": {
	"value": "", "src": concat("/", ["/w", name]), "known": count(exprs) == 0, "exprs": exprs,
}}

# input_value is a with: input with a known value.
input_value(name, v) := {"name": name, "src": concat("/", ["/w", name]), "value": str(v, concat("/", ["/w", name]))}
