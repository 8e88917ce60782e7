package shipgate.aws.rds_cluster_log_exports_test

import data.shipgate.aws.rds_cluster_log_exports as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"engine_mode": t.k("EngineMode", t.d("provisioned", "/Resources/X")), "log_exports": t.k("EnableCloudwatchLogsExports", t.d([], "/Resources/X"))})]) == {{
		"msg": `database cluster "X" publishes no logs to CloudWatch Logs; list the engine's log types in EnableCloudwatchLogsExports`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"engine_mode": t.k("EngineMode", t.d("provisioned", "/Resources/X")), "log_exports": t.k("EnableCloudwatchLogsExports", t.w(["postgresql"], "/Resources/X/Properties/EnableCloudwatchLogsExports"))})])) == 0
	count(deny_for([obj({"engine_mode": t.k("EngineMode", t.w("serverless", "/Resources/X/Properties/EngineMode")), "log_exports": t.k("EnableCloudwatchLogsExports", t.d([], "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"engine_mode": t.k("EngineMode", t.d("provisioned", "/Resources/X")), "log_exports": t.k("EnableCloudwatchLogsExports", t.u("/Resources/X/Properties/EnableCloudwatchLogsExports"))})])) == 0
	count(deny_for([obj({"engine_mode": t.k("EngineMode", t.u("/Resources/X/Properties/EngineMode")), "log_exports": t.k("EnableCloudwatchLogsExports", t.d([], "/Resources/X"))})])) == 0
}
