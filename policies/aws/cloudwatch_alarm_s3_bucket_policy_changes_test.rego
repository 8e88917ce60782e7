package shipgate.aws.cloudwatch_alarm_s3_bucket_policy_changes_test

import data.shipgate.aws.cloudwatch_alarm_s3_bucket_policy_changes as policy
import data.shipgate.lib.testing as t

pattern := "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"

gsrc := "/Resources/Trail/Properties/CloudWatchLogsLogGroupArn"

trail(group) := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {
	"cloudwatch_log_group": t.k("CloudWatchLogsLogGroupArn", group),
	"logging": t.k("IsLogging", t.w(true, "/Resources/Trail/Properties/IsLogging")),
})

log_group := object.union(t.res("TrailLogs", "AWS::Logs::LogGroup"), {})

filter(p, metric) := object.union(t.res("Filter", "AWS::Logs::MetricFilter"), {
	"log_group": t.k("LogGroupName", t.w("TrailLogs", "/f/g")),
	"pattern": t.k("FilterPattern", p),
	"metric_name": t.k("MetricTransformations[0].MetricName", t.w(metric, "/f/m")),
	"metric_namespace": t.k("MetricTransformations[0].MetricNamespace", t.w("CISBenchmark", "/f/n")),
})

alarm(metric) := object.union(t.res("Alarm", "AWS::CloudWatch::Alarm"), {
	"metric_name": t.k("MetricName", metric),
	"namespace": t.k("Namespace", t.w("CISBenchmark", "/a/n")),
	"metrics": t.k("Metrics", t.d(false, "/a")),
})

view(trails, groups, filters, alarms) := {"kind": "cloudformation", "path": "t.yaml", "raw": {}, "aws": {
	"cloudtrail": {"trails": trails},
	"logs": {"log_groups": groups, "metric_filters": filters},
	"cloudwatch": {"alarms": alarms},
}}

deny_for(v) := r if {
	r := policy.deny with input as v
}

test_fails_without_filter if {
	deny_for(view([trail(t.w("TrailLogs", gsrc))], [log_group], [], [])) == {{
		"msg": "trail \"Trail\" sends its events to CloudWatch Logs (CloudWatchLogsLogGroupArn), but no metric filter of its log group with an alarm on its metric watches for S3 bucket policy changes; add a metric filter that matches them and an alarm that notifies someone",
		"resource": "Trail",
		"src": gsrc,
	}}

	# A filter for other events, and the right filter without an alarm.
	count(deny_for(view([trail(t.w("TrailLogs", gsrc))], [log_group], [filter(t.w("{ $.eventName = \"GetCallerIdentity\" }", "/p"), "Other")], [alarm(t.w("Other", "/m"))]))) == 1
	count(deny_for(view([trail(t.w("TrailLogs", gsrc))], [log_group], [filter(t.w(pattern, "/p"), "M")], [alarm(t.w("Other", "/m"))]))) == 1
}

test_passes_with_filter_and_alarm if {
	count(deny_for(view([trail(t.w("TrailLogs", gsrc))], [log_group], [filter(t.w(pattern, "/p"), "M")], [alarm(t.w("M", "/m"))]))) == 0
	count(deny_for(view([trail(t.u(gsrc))], [log_group], [filter(t.w(pattern, "/p"), "M")], [alarm(t.w("M", "/m"))]))) == 0
}

test_no_trail_or_no_log_group_passes if {
	count(deny_for(view([], [log_group], [], []))) == 0
	count(deny_for(view([trail(t.d(null, "/Resources/Trail"))], [log_group], [], []))) == 0

	# A log group declared elsewhere.
	count(deny_for(view([trail(t.w("other-stack-logs", gsrc))], [log_group], [], []))) == 0
	count(deny_for(view([trail(t.u(gsrc))], [], [], []))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(view([trail(t.w("TrailLogs", gsrc))], [log_group], [filter(t.u("/p"), "M")], [alarm(t.w("M", "/m"))]))) == 0
	count(deny_for(view([trail(t.w("TrailLogs", gsrc))], [log_group], [filter(t.w(pattern, "/p"), "M")], [alarm(t.u("/m"))]))) == 0
}
