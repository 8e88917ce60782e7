package shipgate.aws.codebuild_image_tag_test

import data.shipgate.aws.codebuild_image_tag as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/Environment/Image"

deny_for(image) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"image": t.k("Environment.Image", image)})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_for_latest if {
	deny_for(t.w("111122223333.dkr.ecr.eu-west-1.amazonaws.com/build-tools:latest", attr)) == {{
		"msg": `project "Build" builds in image "111122223333.dkr.ecr.eu-west-1.amazonaws.com/build-tools:latest", which uses the tag latest, so every build may run different tools; pin a version tag or a digest`,
		"resource": "Build",
		"src": attr,
	}}
}

test_fails_without_tag if {
	count(deny_for(t.w("registry.example.com:5000/ci/node", attr))) == 1
	count(deny_for(t.w("node", attr))) == 1
}

test_passes if {
	count(deny_for(t.w("aws/codebuild/standard:7.0", attr))) == 0
	count(deny_for(t.w("aws/codebuild/amazonlinux2-x86_64-standard:5.0", attr))) == 0
	count(deny_for(t.w("registry.example.com:5000/ci/node:20.11", attr))) == 0
	count(deny_for(t.w("public.ecr.aws/docker/library/node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", attr))) == 0
	count(deny_for(t.d(null, "/Resources/Build"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
