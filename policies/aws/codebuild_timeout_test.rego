package shipgate.aws.codebuild_timeout_test

import data.shipgate.aws.codebuild_timeout as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/TimeoutInMinutes"

deny_for(timeout) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"timeout_minutes": t.k("TimeoutInMinutes", timeout)})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_above_eight_hours if {
	deny_for(t.w(2160, attr)) == {{
		"msg": `project "Build" lets a build run for 2160 minutes (TimeoutInMinutes); keep it to the longest normal build, at most 480 minutes`,
		"resource": "Build",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w(480, attr))) == 0
	count(deny_for(t.w(30, attr))) == 0
	count(deny_for(t.d(60, "/Resources/Build"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
