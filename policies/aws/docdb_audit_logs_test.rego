package shipgate.aws.docdb_audit_logs_test

import data.shipgate.aws.docdb_audit_logs as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DocDB::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"docdb": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"log_exports": t.k("EnableCloudwatchLogsExports", t.d([], "/Resources/X"))})]) == {{
		"msg": `DocumentDB cluster "X" does not publish audit logs to CloudWatch Logs; add audit to EnableCloudwatchLogsExports`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"log_exports": t.k("EnableCloudwatchLogsExports", t.w(["profiler"], "/Resources/X/Properties/EnableCloudwatchLogsExports"))})]) == {{
		"msg": `DocumentDB cluster "X" does not publish audit logs to CloudWatch Logs; add audit to EnableCloudwatchLogsExports`,
		"resource": "X",
		"src": "/Resources/X/Properties/EnableCloudwatchLogsExports",
	}}
}

test_passes if {
	count(deny_for([obj({"log_exports": t.k("EnableCloudwatchLogsExports", t.w(["audit"], "/Resources/X/Properties/EnableCloudwatchLogsExports"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"log_exports": t.k("EnableCloudwatchLogsExports", t.u("/Resources/X/Properties/EnableCloudwatchLogsExports"))})])) == 0
	count(deny_for([obj({"log_exports": t.k("EnableCloudwatchLogsExports", t.w(["profiler", null], "/Resources/X/Properties/EnableCloudwatchLogsExports"))})])) == 0
}
