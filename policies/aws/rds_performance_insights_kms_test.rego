package shipgate.aws.rds_performance_insights_kms_test

import data.shipgate.aws.rds_performance_insights_kms as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs}}}
}

test_fails if {
	deny_for([obj({"performance_insights": t.k("EnablePerformanceInsights", t.w(true, "/Resources/X/Properties/EnablePerformanceInsights")), "performance_insights_kms_key": t.k("PerformanceInsightsKMSKeyId", t.d(null, "/Resources/X"))})]) == {{
		"msg": `database instance "X" encrypts Performance Insights with the AWS managed key; set PerformanceInsightsKMSKeyId to a customer managed key`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"performance_insights": t.k("EnablePerformanceInsights", t.w(true, "/Resources/X/Properties/EnablePerformanceInsights")), "performance_insights_kms_key": t.k("PerformanceInsightsKMSKeyId", t.w("Key", "/Resources/X/Properties/PerformanceInsightsKMSKeyId"))})])) == 0
	count(deny_for([obj({"performance_insights": t.k("EnablePerformanceInsights", t.d(false, "/Resources/X")), "performance_insights_kms_key": t.k("PerformanceInsightsKMSKeyId", t.d(null, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"performance_insights": t.k("EnablePerformanceInsights", t.w(true, "/Resources/X/Properties/EnablePerformanceInsights")), "performance_insights_kms_key": t.k("PerformanceInsightsKMSKeyId", t.u("/Resources/X/Properties/PerformanceInsightsKMSKeyId"))})])) == 0
	count(deny_for([obj({"performance_insights": t.k("EnablePerformanceInsights", t.u("/Resources/X/Properties/EnablePerformanceInsights")), "performance_insights_kms_key": t.k("PerformanceInsightsKMSKeyId", t.d(null, "/Resources/X"))})])) == 0
}
