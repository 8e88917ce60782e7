package shipgate.github.unpinned_uses_test

import data.shipgate.github.unpinned_uses as policy
import data.shipgate.lib.github_testing as t

wf(steps) := t.workflow(["push"], [t.job("build", steps)])

test_fails_on_third_party_tag if {
	policy.deny == {{
		"msg": `step 0 of job "build" uses "docker/login-action@v3" by the ref "v3"; pin it to a full commit SHA (uses: docker/login-action@<sha> # v3)`,
		"src": "/jobs/build/steps/0/uses",
		"resource": `step 0 of job "build"`,
	}} with input as wf([t.uses_step(0, "docker", "login-action", "v3", [])])
}

test_fails_on_unpinned_docker_action if {
	s := object.union(t.step(0), {"uses": {
		"value": "docker://alpine:3", "src": "/u", "known": true, "exprs": [], "kind": "docker",
		"owner": "", "repo": "", "path": "", "ref": "3", "pinned": false,
		"image": {"registry": "", "name": "alpine", "tag": "3", "digest": ""},
	}})
	count(policy.deny) == 1 with input as wf([s])
}

test_passes_for_sha_and_first_party if {
	count(policy.deny) == 0 with input as wf([
		t.uses_step(0, "docker", "login-action", "74a5d142397b4f367a81961eba4e8cd7edddf772", []),
		t.uses_step(1, "actions", "checkout", "v4", []),
		t.uses_step(2, "github", "codeql-action", "v3", []),
	])
}

test_unknown_uses_does_not_fire if {
	s := object.union(t.step(0), {"uses": object.union(t.uses("o", "r", "v1", "/u"), {"kind": "unknown", "known": false})})
	count(policy.deny) == 0 with input as wf([s])
}
