package shipgate.aws.codebuild_privileged_test

import data.shipgate.aws.codebuild_privileged as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/Environment/PrivilegedMode"

deny_for(mode) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"privileged_mode": t.k("Environment.PrivilegedMode", mode)})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_when_privileged if {
	deny_for(t.w(true, attr)) == {{
		"msg": `project "Build" runs builds in privileged mode (Environment.PrivilegedMode is true); turn it off unless the project builds Docker images, and then keep its permissions minimal`,
		"resource": "Build",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.d(false, "/Resources/Build/Properties/Environment"))) == 0
	count(deny_for(t.w(false, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
