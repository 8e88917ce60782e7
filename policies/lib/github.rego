# Package github holds the helpers of the GitHub Actions policies, which
# read the workflow view (docs/workflow-model.md): triggers, every step of
# a workflow or a composite action, expressions and the contexts an
# attacker controls.
package shipgate.lib.github

# events is the set of the workflow's trigger names.
events := {t.event | some t in input.workflow.triggers}

# dangerous_events run with the base repository's token and secrets while
# a fork's author controls the event (pull_request_target) or the run that
# triggered it (workflow_run).
dangerous_events := {"pull_request_target", "workflow_run"}

# dangerous_trigger is true for a workflow with such a trigger.
dangerous_trigger if {
	some e in events
	e in dangerous_events
}

# steps are every step with its job: {"job": job id ("" in an action),
# "step": the step}.
steps contains {"job": job.id, "job_src": job.src, "step": s} if {
	some job in input.workflow.jobs
	some s in job.steps
}

steps contains {"job": "", "job_src": input.workflow.action.runs.src, "step": s} if {
	some s in input.workflow.action.runs.steps
}

# where names a step's place for messages: job "build" step 3, or step 3
# of the action.
where(x) := sprintf("step %d of job %q", [x.step.index, x.job]) if x.job != ""

where(x) := sprintf("step %d of the action", [x.step.index]) if x.job == ""

# action_name is a step's action as owner/repo[/path], lowercased, for a
# repository action.
action_name(u) := lower(concat("/", [u.owner, u.repo])) if {
	u.kind == "repository"
	u.path == ""
}

action_name(u) := lower(concat("/", [u.owner, u.repo, u.path])) if {
	u.kind == "repository"
	u.path != ""
}

# uses_action is true when step s uses the action named name (owner/repo,
# any ref).
uses_action(s, name) if action_name(s.uses) == name

# with_value is the known value of a step's with: input name.
with_value(s, name) := w.value.value if {
	some w in s.with
	w.name == name
	w.value.known
}

# untrusted_patterns are the contexts whose value the author of an issue,
# a comment, a review, a pull request or a pushed commit chooses
# (GitHub's "untrusted input" list, as zizmor reads it). "*" stands for
# any one segment.
untrusted_patterns := [
	`github\.event\.issue\.(title|body)`,
	`github\.event\.pull_request\.(title|body)`,
	`github\.event\.pull_request\.head\.(ref|label)`,
	`github\.event\.pull_request\.head\.repo\.(default_branch|description|homepage|name|full_name)`,
	`github\.event\.comment\.body`,
	`github\.event\.review\.body`,
	`github\.event\.review_comment\.body`,
	`github\.event\.discussion\.(title|body)`,
	`github\.event\.pages\.\*\.page_name`,
	`github\.event\.commits\.\*\.(message|author\.(email|name)|committer\.(email|name))`,
	`github\.event\.head_commit\.(message|author\.(email|name)|committer\.(email|name))`,
	`github\.event\.workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(email|name)|committer\.(email|name))|head_repository\.(description|name|full_name))`,
	`github\.event\.workflow_run\.pull_requests\.\*\.head\.ref`,
	`github\.head_ref`,
	`github\.event\.check_suite\.head_branch`,
	`github\.event\.check_run\.check_suite\.head_branch`,
	`github\.event\.merge_group\.head_commit\.(message|author\.(email|name))`,
]

_untrusted_re := concat("", ["^(", concat("|", untrusted_patterns), ")$"])

# untrusted is true for a context path an attacker may set.
untrusted(path) if regex.match(_untrusted_re, path)

# untrusted_flow is the first untrusted context that can flow into
# expression e's value, including a whole object expanded with toJSON
# (toJSON(github.event.issue)).
untrusted_flows(e) := {p |
	some p in e.flows
	untrusted(p)
} | {p |
	some p in e.flows
	some c in e.calls
	c.name == "tojson"
	_object_of_untrusted(p)
}

_object_of_untrusted(p) if {
	regex.match(`^github(\.event(\.(issue|pull_request|comment|review|review_comment|discussion|head_commit|commits|workflow_run|pages))?)?$`, p)
}

# code_strings are the strings of a step that are run as code: the run
# script, and the script input of actions/github-script.
code_strings contains {"what": "run script", "str": x.step.run, "x": x} if {
	some x in steps
	x.step.run
}

code_strings contains {"what": "github-script script", "str": w.value, "x": x} if {
	some x in steps
	uses_action(x.step, "actions/github-script")
	some w in x.step.with
	w.name == "script"
}

# is_true is true for a known string field whose value is true.
is_true(f) if {
	f.known
	lower(f.value) == "true"
}

# is_false is true for a known string field whose value is false.
is_false(f) if {
	f.known
	lower(f.value) == "false"
}

# env_lists are every env: block of the document with where it is.
env_lists contains {"where": "the workflow", "env": input.workflow.env}

env_lists contains {"where": sprintf("job %q", [job.id]), "env": job.env} if some job in input.workflow.jobs

env_lists contains {"where": where(x), "env": x.step.env} if some x in steps

env_lists contains {"where": "the action", "env": input.workflow.action.runs.env} if input.workflow.action.runs
