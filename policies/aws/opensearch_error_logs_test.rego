package shipgate.aws.opensearch_error_logs_test

import data.shipgate.aws.opensearch_error_logs as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"log_types": t.k("LogPublishingOptions", t.d([], "/Resources/X"))})]) == {{
		"msg": `domain "X" does not publish error logs to CloudWatch Logs; enable ES_APPLICATION_LOGS in LogPublishingOptions`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"log_types": t.k("LogPublishingOptions", t.w(["SEARCH_SLOW_LOGS"], "/Resources/X/Properties/LogPublishingOptions"))})]) == {{
		"msg": `domain "X" does not publish error logs to CloudWatch Logs; enable ES_APPLICATION_LOGS in LogPublishingOptions`,
		"resource": "X",
		"src": "/Resources/X/Properties/LogPublishingOptions",
	}}
}

test_passes if {
	count(deny_for([obj({"log_types": t.k("LogPublishingOptions", t.w(["ES_APPLICATION_LOGS", "SEARCH_SLOW_LOGS"], "/Resources/X/Properties/LogPublishingOptions"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"log_types": t.k("LogPublishingOptions", t.u("/Resources/X/Properties/LogPublishingOptions"))})])) == 0
	count(deny_for([obj({"log_types": t.k("LogPublishingOptions", t.w(["SEARCH_SLOW_LOGS", null], "/Resources/X/Properties/LogPublishingOptions"))})])) == 0
}
