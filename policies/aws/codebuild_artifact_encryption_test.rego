package shipgate.aws.codebuild_artifact_encryption_test

import data.shipgate.aws.codebuild_artifact_encryption as policy
import data.shipgate.lib.testing as t

props := "/Resources/Build/Properties"

attr := "/Resources/Build/Properties/Artifacts/EncryptionDisabled"

project(typ, disabled, secondary) := object.union(t.res("Build", "AWS::CodeBuild::Project"), {
	"artifacts": {
		"type": t.k("Artifacts.Type", typ),
		"encryption_disabled": t.k("Artifacts.EncryptionDisabled", disabled),
	},
	"secondary_artifacts": secondary,
})

deny_for(p) := r if {
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

secondary(typ, disabled) := {
	"src": "/Resources/Build/Properties/SecondaryArtifacts/0",
	"type": t.k("SecondaryArtifacts[].Type", typ),
	"encryption_disabled": t.k("SecondaryArtifacts[].EncryptionDisabled", disabled),
}

test_fails_when_disabled_on_s3 if {
	deny_for(project(t.w("S3", "/x"), t.w(true, attr), [])) == {{
		"msg": `project "Build" uploads its build artifacts to S3 unencrypted (Artifacts.EncryptionDisabled is true); turn artifact encryption back on`,
		"resource": "Build",
		"src": attr,
	}}
}

test_fails_for_secondary if {
	src := "/Resources/Build/Properties/SecondaryArtifacts/0/EncryptionDisabled"
	r := deny_for(project(t.w("CODEPIPELINE", "/x"), t.d(false, props), [secondary(t.w("S3", "/y"), t.w(true, src))]))
	count(r) == 1
	some f in r
	f.src == src
}

test_passes if {
	count(deny_for(project(t.w("S3", "/x"), t.d(false, props), []))) == 0
	count(deny_for(project(t.w("S3", "/x"), t.w(false, attr), [secondary(t.w("S3", "/y"), t.w(false, "/z"))]))) == 0

	# Only valid for S3 artifacts.
	count(deny_for(project(t.w("CODEPIPELINE", "/x"), t.w(true, attr), []))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(project(t.w("S3", "/x"), t.u(attr), []))) == 0
	count(deny_for(project(t.u("/x"), t.w(true, attr), []))) == 0
	count(deny_for(project(t.d(null, props), t.d(false, props), [secondary(t.u("/y"), t.w(true, "/z"))]))) == 0
}
