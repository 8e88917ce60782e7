package shipgate.aws.codebuild_public_builds_test

import data.shipgate.aws.codebuild_public_builds as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/Visibility"

deny_for(v) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"visibility": t.k("Visibility", v)})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_when_public if {
	deny_for(t.w("PUBLIC_READ", attr)) == {{
		"msg": `project "Build" makes its builds, logs and artifacts readable by anyone (Visibility is PUBLIC_READ); keep them PRIVATE unless every build is meant to be public`,
		"resource": "Build",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w("PRIVATE", attr))) == 0
	count(deny_for(t.d("PRIVATE", "/Resources/Build"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
