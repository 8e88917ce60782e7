package shipgate.aws.msk_broker_logs_test

import data.shipgate.aws.msk_broker_logs as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::MSK::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"msk": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"logging": t.k("LoggingInfo.BrokerLogs", t.d(false, "/Resources/X"))})]) == {{
		"msg": `MSK cluster "X" delivers no broker logs; enable a destination in LoggingInfo.BrokerLogs`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"logging": t.k("LoggingInfo.BrokerLogs.CloudWatchLogs.Enabled", t.w(true, "/Resources/X/Properties/LoggingInfo/BrokerLogs/CloudWatchLogs/Enabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"logging": t.k("LoggingInfo.BrokerLogs.S3.Enabled", t.u("/Resources/X/Properties/LoggingInfo/BrokerLogs/S3/Enabled"))})])) == 0
}
