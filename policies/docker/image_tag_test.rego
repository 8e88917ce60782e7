package shipgate.docker.image_tag_test

import data.shipgate.docker.image_tag as policy
import data.shipgate.lib.docker.testing as t

from(img) := t.df([], [t.stage(0, {"from": img})])

test_latest_fails if {
	policy.deny == {{
		"msg": `base image "nginx" uses the tag "latest", which changes under you; pin a version tag (and its digest)`,
		"src": "/t", "resource": "stage 0",
	}} with input as from(t.image("nginx", "latest", ""))
}

test_missing_tag_fails if {
	count(policy.deny) == 1 with input as from(t.image("nginx", "", ""))
}

test_version_or_digest_passes if {
	count(policy.deny) == 0 with input as from(t.image("nginx", "1.27", ""))
	count(policy.deny) == 0 with input as from(t.image("nginx", "", "sha256:abc"))
	count(policy.deny) == 0 with input as from(t.image("nginx", "latest", "sha256:abc"))
}

test_unknown_stage_and_scratch_pass if {
	count(policy.deny) == 0 with input as from(object.union(t.image("", "", ""), {"known": false, "image": "${BASE}"}))
	count(policy.deny) == 0 with input as from(object.union(t.image("", "", ""), {"scratch": true, "image": "scratch"}))
	count(policy.deny) == 0 with input as from(object.union(t.image("", "", ""), {"stage": 0, "image": "build"}))
}
