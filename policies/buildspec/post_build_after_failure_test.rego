package shipgate.buildspec.post_build_after_failure_test

import data.shipgate.buildspec.post_build_after_failure as policy
import data.shipgate.buildspec.testing as t

deny_for(build_fields, post) := r if {
	r := policy.deny with input as t.input_of({"phases": [
		t.phase("build", [t.cmd("build", 0, [["docker", "build", "-t", "$IMAGE", "."]])], build_fields),
		t.phase("post_build", post, {}),
	]})
}

push := t.cmd("post_build", 0, [["docker", "push", "$IMAGE"]])

test_fails_when_post_build_publishes_after_a_failure if {
	deny_for({"commands": [t.cmd("build", 0, [["docker", "build", "-t", "$IMAGE", "."]]), t.cmd("build", 1, [["docker", "run", "$IMAGE", "pytest"]]), t.cmd("build", 2, [["./smoke-test.sh"]])]}, [push, t.cmd("post_build", 1, [["aws", "ecs", "update-service", "--force-new-deployment"]])]) == {{
		"msg": `post_build runs "aws ecs update-service", "docker push" even when the build phase failed; add on-failure: ABORT to the build phase, or check CODEBUILD_BUILD_SUCCEEDING before publishing`,
		"src": "/phases/build",
	}}
	count(deny_for({"on_failure": t.setting("CONTINUE", "/phases/build/on-failure")}, [t.cmd("post_build", 0, [["aws", "s3", "sync", "dist", "s3://bucket/site"]])])) == 1
	count(deny_for({}, [t.cmd("post_build", 0, [["aws", "cloudformation", "deploy", "--template-file", "t.yaml"]])])) == 1
}

test_passes_when_aborting_or_checking_or_not_publishing if {
	count(deny_for({"on_failure": t.setting("ABORT", "/phases/build/on-failure")}, [push])) == 0
	count(deny_for({}, [object.union(t.cmd("post_build", 0, [["[", "$CODEBUILD_BUILD_SUCCEEDING", "=", "1", "]"]]), {"text": "[ $CODEBUILD_BUILD_SUCCEEDING = 1 ]"}), push])) == 0
	count(deny_for({}, [t.cmd("post_build", 0, [["echo", "done"]])])) == 0

	# The build phase only builds the image: if that fails, there is
	# nothing new to push.
	count(deny_for({}, [push])) == 0
	count(deny_for({}, [t.cmd("post_build", 0, [["aws", "s3", "cp", "s3://bucket/config.json", "."]])])) == 0
}

test_unknown_on_failure_does_not_fire if {
	count(deny_for({"on_failure": t.setting("${OnFailure}", "/phases/build/on-failure")}, [push])) == 0
}
