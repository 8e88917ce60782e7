package shipgate.aws.codebuild_insecure_ssl_test

import data.shipgate.aws.codebuild_insecure_ssl as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/Source/InsecureSsl"

deny_for(insecure, secondary) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {
		"source": {"insecure_ssl": t.k("Source.InsecureSsl", insecure)},
		"secondary_sources": [{"src": "/Resources/Build/Properties/SecondarySources/0", "insecure_ssl": t.k("SecondarySources[].InsecureSsl", s)} | some s in secondary],
	})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_when_insecure if {
	deny_for(t.w(true, attr), []) == {{
		"msg": `project "Build" ignores TLS certificate errors when it fetches its source (Source.InsecureSsl is true); turn it off and trust the server's certificate instead`,
		"resource": "Build",
		"src": attr,
	}}
	count(deny_for(t.d(false, "/x"), [t.w(true, "/Resources/Build/Properties/SecondarySources/0/InsecureSsl")])) == 1
}

test_passes if {
	count(deny_for(t.d(false, "/Resources/Build/Properties/Source"), [])) == 0
	count(deny_for(t.w(false, attr), [t.w(false, "/y")])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr), [t.u("/y")])) == 0
}
