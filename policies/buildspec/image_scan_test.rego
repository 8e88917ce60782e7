package shipgate.buildspec.image_scan_test

import data.shipgate.buildspec.image_scan as policy
import data.shipgate.buildspec.testing as t

warn_for(commands) := r if {
	r := policy.warn with input as t.input_of({"phases": [t.phase("post_build", commands, {})]})
}

test_warns_on_push_without_scan if {
	warn_for([t.cmd("post_build", 0, [["docker", "build", "-t", "$IMAGE", "."]]), t.cmd("post_build", 1, [["docker", "push", "$IMAGE"]])]) == {{
		"msg": `docker pushes an image, and the buildspec has no image scan (trivy, grype, snyk, ECR or Inspector scan); scan the image before pushing it, or suppress this if a scan runs elsewhere`,
		"src": "/phases/post_build/commands/1/cmd/0",
	}}
	count(warn_for([t.cmd("post_build", 0, [["docker", "buildx", "build", "--push", "-t", "x", "."]])])) == 1

	# One advisory per buildspec, at the first push.
	count(warn_for([t.cmd("post_build", 0, [["docker", "push", "a"]]), t.cmd("post_build", 1, [["docker", "push", "b"]])])) == 1
}

test_passes_with_a_scan_or_without_push if {
	count(warn_for([t.cmd("post_build", 0, [["trivy", "image", "$IMAGE"]]), t.cmd("post_build", 1, [["docker", "push", "$IMAGE"]])])) == 0
	count(warn_for([t.cmd("post_build", 0, [["aws", "ecr", "wait", "image-scan-complete"]]), t.cmd("post_build", 1, [["docker", "push", "$IMAGE"]])])) == 0
	count(warn_for([t.cmd("post_build", 0, [["docker", "build", "."]])])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(warn_for([t.unparsed("post_build", 0, "docker push x")])) == 0
}
