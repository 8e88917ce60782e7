package shipgate.aws.logs_retention_test

import data.shipgate.aws.logs_retention as policy
import data.shipgate.lib.testing as t

attr := "/Resources/AppLogs/Properties/RetentionInDays"

deny_for(days) := r if {
	g := object.union(t.res("AppLogs", "AWS::Logs::LogGroup"), {"retention_days": t.k("RetentionInDays", days)})
	r := policy.deny with input as t.aws("logs", "log_groups", [g])
}

test_fails_by_default if {
	deny_for(t.d(null, "/Resources/AppLogs")) == {{
		"msg": `log group "AppLogs" never expires its events; set RetentionInDays to the number of days to keep them`,
		"resource": "AppLogs",
		"src": "/Resources/AppLogs",
	}}
}

test_passes_with_retention if {
	count(deny_for(t.w(30, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
