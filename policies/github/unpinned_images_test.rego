package shipgate.github.unpinned_images_test

import data.shipgate.github.unpinned_images as policy
import data.shipgate.lib.github_testing as t

image(v, tag, digest, known) := {"value": v, "src": "/jobs/build/container/image", "known": known, "exprs": [], "registry": "", "name": "redis", "tag": tag, "digest": digest}

wf(img) := t.workflow(["push"], [object.union(t.job("build", []), {"container": {"id": "", "src": "/jobs/build/container", "image": img, "credentials": null}})])

test_fails_without_tag if {
	policy.deny == {{
		"msg": `the container of job "build" uses the image "redis" without a tag (latest); name a version tag or a digest`,
		"src": "/jobs/build/container/image",
		"resource": "build",
	}} with input as wf(image("redis", "", "", true))
}

test_fails_on_latest if {
	count(policy.deny) == 1 with input as wf(image("redis:latest", "latest", "", true))
}

test_passes_with_tag_or_digest if {
	count(policy.deny) == 0 with input as wf(image("redis:7", "7", "", true))
	count(policy.deny) == 0 with input as wf(image("redis@sha256:ab", "", "sha256:ab", true))
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as wf(image("${{ matrix.image }}", "", "", false))
}
