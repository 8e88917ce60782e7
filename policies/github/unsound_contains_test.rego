package shipgate.github.unsound_contains_test

import data.shipgate.github.unsound_contains as policy
import data.shipgate.lib.github_testing as t

wf(args) := t.workflow(["push"], [t.job("build", [t.run_step(0, [object.union(t.expr("c", [], []), {"calls": [{"name": "contains", "args": args}]})])])])

test_fails_on_string_haystack if {
	policy.deny == {{
		"msg": `contains("refs/heads/main", github.ref) is true for any substring of the string, not only its listed values; test membership in a list: contains(fromJSON('[...]'), github.ref)`,
		"src": "/x/expr/c",
	}} with input as wf([{"kind": "literal", "value": "refs/heads/main"}, {"kind": "context", "value": "github.ref"}])
}

test_passes_on_context_haystack if {
	count(policy.deny) == 0 with input as wf([{"kind": "context", "value": "github.event.pull_request.labels.*.name"}, {"kind": "literal", "value": "ok"}])
}

test_passes_on_fromjson_list if {
	count(policy.deny) == 0 with input as wf([{"kind": "other", "value": ""}, {"kind": "context", "value": "github.ref"}])
}
