package shipgate.aws.codebuild_s3_logs_encryption_test

import data.shipgate.aws.codebuild_s3_logs_encryption as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/LogsConfig/S3Logs/EncryptionDisabled"

deny_for(status, disabled) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"s3_logs": {
		"status": t.k("LogsConfig.S3Logs.Status", status),
		"encryption_disabled": t.k("LogsConfig.S3Logs.EncryptionDisabled", disabled),
	}})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_when_unencrypted if {
	deny_for(t.w("ENABLED", "/x"), t.w(true, attr)) == {{
		"msg": `project "Build" writes its build logs to S3 unencrypted (LogsConfig.S3Logs.EncryptionDisabled is true); turn S3 log encryption back on`,
		"resource": "Build",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w("ENABLED", "/x"), t.d(false, "/x"))) == 0
	count(deny_for(t.w("ENABLED", "/x"), t.w(false, attr))) == 0
	count(deny_for(t.w("DISABLED", "/x"), t.w(true, attr))) == 0
	count(deny_for(t.d("DISABLED", "/x"), t.d(false, "/x"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.w("ENABLED", "/x"), t.u(attr))) == 0
	count(deny_for(t.u("/x"), t.w(true, attr))) == 0
}
