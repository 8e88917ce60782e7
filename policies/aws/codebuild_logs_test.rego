package shipgate.aws.codebuild_logs_test

import data.shipgate.aws.codebuild_logs as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/LogsConfig/CloudWatchLogs/Status"

deny_for(logs) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"logs_enabled": t.k("LogsConfig.CloudWatchLogs.Status", logs)})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_when_disabled if {
	deny_for(t.w(false, attr)) == {{
		"msg": `project "Build" has build logs turned off (LogsConfig.CloudWatchLogs.Status); send them to CloudWatch Logs or S3`,
		"resource": "Build",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.d(true, "/Resources/Build"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
