package acme.log_retention_test

import data.acme.log_retention

# group builds a log group of the normalised view with the given retention
# attribute.
group(retention) := {"aws": {"logs": {"log_groups": [{
	"resource": "AppLogs",
	"type": "AWS::Logs::LogGroup",
	"src": "/Resources/AppLogs",
	"retention_days": retention,
}]}}}

test_short_retention_fails if {
	some r in log_retention.deny with input as group({"value": 30, "state": "written", "src": "/Resources/AppLogs/Properties/RetentionInDays", "key": "RetentionInDays"})
	r.resource == "AppLogs"
	r.src == "/Resources/AppLogs/Properties/RetentionInDays"
	contains(r.msg, "30 days")
}

test_a_year_passes if {
	count(log_retention.deny) == 0 with input as group({"value": 365, "state": "written", "src": "/x", "key": "RetentionInDays"})
}

# No retention means the events never expire: more than a year.
test_never_expire_passes if {
	count(log_retention.deny) == 0 with input as group({"value": null, "state": "default", "src": "/Resources/AppLogs", "key": "RetentionInDays"})
}

# A parameter without a default: the value cannot be known, no finding.
test_unknown_passes if {
	count(log_retention.deny) == 0 with input as group({"value": null, "state": "unknown", "src": "/x", "key": "RetentionInDays"})
}
