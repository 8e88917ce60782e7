package shipgate.docker.image_digest_test

import data.shipgate.docker.image_digest as policy
import data.shipgate.lib.docker.testing as t

from(img) := t.df([], [t.stage(0, {"from": img})])

test_tag_only_fails if {
	policy.deny == {{
		"msg": `base image "nginx" is not pinned by digest; append @sha256:<digest> of the image you tested`,
		"src": "/instructions/0/args/0", "resource": "stage 0",
	}} with input as from(t.image("nginx", "1.27", ""))
}

test_digest_passes if {
	count(policy.deny) == 0 with input as from(t.image("nginx", "1.27", "sha256:abc"))
}

test_unknown_and_stages_pass if {
	count(policy.deny) == 0 with input as from(object.union(t.image("", "", ""), {"known": false}))
	count(policy.deny) == 0 with input as from(object.union(t.image("", "", ""), {"stage": 0}))
	count(policy.deny) == 0 with input as from(object.union(t.image("", "", ""), {"scratch": true}))
}
