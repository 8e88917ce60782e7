package shipgate.aws.rds_enhanced_monitoring_test

import data.shipgate.aws.rds_enhanced_monitoring as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs}}}
}

test_fails if {
	deny_for([obj({"monitoring_interval": t.k("MonitoringInterval", t.d(0, "/Resources/X"))})]) == {{
		"msg": `database instance "X" has no Enhanced Monitoring; set MonitoringInterval to 60 seconds or less`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"monitoring_interval": t.k("MonitoringInterval", t.w(0, "/Resources/X/Properties/MonitoringInterval"))})]) == {{
		"msg": `database instance "X" has no Enhanced Monitoring; set MonitoringInterval to 60 seconds or less`,
		"resource": "X",
		"src": "/Resources/X/Properties/MonitoringInterval",
	}}
}

test_passes if {
	count(deny_for([obj({"monitoring_interval": t.k("MonitoringInterval", t.w(60, "/Resources/X/Properties/MonitoringInterval"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"monitoring_interval": t.k("MonitoringInterval", t.u("/Resources/X/Properties/MonitoringInterval"))})])) == 0
}
