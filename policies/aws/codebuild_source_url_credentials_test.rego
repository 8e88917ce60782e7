package shipgate.aws.codebuild_source_url_credentials_test

import data.shipgate.aws.codebuild_source_url_credentials as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/Source/Location"

deny_for(location, secondary) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {
		"source": {"location": t.k("Source.Location", location)},
		"secondary_sources": [{"src": "/Resources/Build/Properties/SecondarySources/0", "location": t.k("SecondarySources[].Location", l)} | some l in secondary],
	})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_for_password if {
	deny_for(t.w("https://ci-bot:Xk29vLq8pZ@bitbucket.org/team/api.git", attr), []) == {{
		"msg": `project "Build" has a password in its source URL (Source.Location); use the bare URL with a source credential or a CodeConnections connection, and rotate the credential`,
		"resource": "Build",
		"src": attr,
	}}
}

test_fails_for_token_as_user if {
	src := "/Resources/Build/Properties/SecondarySources/0/Location"
	r := deny_for(t.w("https://github.com/org/api.git", attr), [t.w("https://ghp_9fK2LmQx7RtY4uWz1AbCdEfGhIjKlMnOpQrS@github.com/org/lib.git", src)])
	count(r) == 1
	some f in r
	f.src == src
	contains(f.msg, "has a token in its source URL (SecondarySources[].Location)")
}

test_passes if {
	count(deny_for(t.w("https://bitbucket.org/team/api.git", attr), [])) == 0
	count(deny_for(t.w("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/api", attr), [])) == 0
	count(deny_for(t.w("https://ci-bot@bitbucket.org/team/api.git", attr), [])) == 0
	count(deny_for(t.w("https://ci-bot:<password>@bitbucket.org/team/api.git", attr), [])) == 0
	count(deny_for(t.w("https://ci-bot:${BITBUCKET_PASSWORD}@bitbucket.org/team/api.git", attr), [])) == 0
	count(deny_for(t.w("my-bucket/source.zip", attr), [])) == 0
	count(deny_for(t.d(null, "/Resources/Build/Properties/Source"), [])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr), [t.u("/x")])) == 0
}
