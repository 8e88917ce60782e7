package shipgate.aws.rds_performance_insights_test

import data.shipgate.aws.rds_performance_insights as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs}}}
}

test_fails if {
	deny_for([obj({"instance_class": t.k("DBInstanceClass", t.w("db.r6g.large", "/Resources/X/Properties/DBInstanceClass")), "performance_insights": t.k("EnablePerformanceInsights", t.d(false, "/Resources/X"))})]) == {{
		"msg": `database instance "X" has Performance Insights off; set EnablePerformanceInsights to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"instance_class": t.k("DBInstanceClass", t.w("db.r6g.large", "/Resources/X/Properties/DBInstanceClass")), "performance_insights": t.k("EnablePerformanceInsights", t.w(false, "/Resources/X/Properties/EnablePerformanceInsights"))})]) == {{
		"msg": `database instance "X" has Performance Insights off; set EnablePerformanceInsights to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/EnablePerformanceInsights",
	}}
}

test_passes if {
	count(deny_for([obj({"instance_class": t.k("DBInstanceClass", t.w("db.r6g.large", "/Resources/X/Properties/DBInstanceClass")), "performance_insights": t.k("EnablePerformanceInsights", t.w(true, "/Resources/X/Properties/EnablePerformanceInsights"))})])) == 0
	count(deny_for([obj({"instance_class": t.k("DBInstanceClass", t.w("db.t3.micro", "/Resources/X/Properties/DBInstanceClass")), "performance_insights": t.k("EnablePerformanceInsights", t.d(false, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"instance_class": t.k("DBInstanceClass", t.w("db.r6g.large", "/Resources/X/Properties/DBInstanceClass")), "performance_insights": t.k("EnablePerformanceInsights", t.u("/Resources/X/Properties/EnablePerformanceInsights"))})])) == 0
	count(deny_for([obj({"instance_class": t.k("DBInstanceClass", t.u("/Resources/X/Properties/DBInstanceClass")), "performance_insights": t.k("EnablePerformanceInsights", t.d(false, "/Resources/X"))})])) == 0
}
