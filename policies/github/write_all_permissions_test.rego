package shipgate.github.write_all_permissions_test

import data.shipgate.github.write_all_permissions as policy
import data.shipgate.lib.github_testing as t

perms(state) := {"src": "/permissions", "state": state, "scopes": []}

test_fails_on_workflow_write_all if {
	wf := t.workflow(["push"], [])
	policy.deny == {{
		"msg": "the workflow grants permissions: write-all to every job's token; list the scopes the jobs need (contents: read, …)",
		"src": "/permissions",
	}} with input as json.patch(wf, [{"op": "replace", "path": "/workflow/permissions", "value": perms("write-all")}])
}

test_fails_on_job_write_all if {
	job := object.union(t.job("build", []), {"permissions": perms("write-all")})
	count(policy.deny) == 1 with input as t.workflow(["push"], [job])
}

test_passes_for_scopes_and_read_all if {
	job := object.union(t.job("build", []), {"permissions": perms("read-all")})
	wf := t.workflow(["push"], [job])
	count(policy.deny) == 0 with input as json.patch(wf, [{"op": "replace", "path": "/workflow/permissions", "value": perms("map")}])
}

test_unknown_does_not_fire if {
	job := object.union(t.job("build", []), {"permissions": perms("unknown")})
	count(policy.deny) == 0 with input as t.workflow(["push"], [job])
}
