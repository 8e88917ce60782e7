package shipgate.aws.cloudtrail_cloudwatch_logs_test

import data.shipgate.aws.cloudtrail_cloudwatch_logs as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	trail := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"cloudwatch_log_group": t.k("CloudWatchLogsLogGroupArn", v)})
	r := policy.deny with input as t.aws("cloudtrail", "trails", [trail])
}

test_fails if {
	deny_for(t.d(null, "/Resources/Trail")) == {{
		"msg": `trail "Trail" does not send its events to CloudWatch Logs, so no metric filter or alarm can watch them; set CloudWatchLogsLogGroupArn to a log group`,
		"resource": "Trail",
		"src": "/Resources/Trail",
	}}
}

test_passes if {
	count(deny_for(t.w("TrailLogs", "/Resources/Trail/Properties/CloudWatchLogsLogGroupArn"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Trail/Properties/CloudWatchLogsLogGroupArn"))) == 0
}
