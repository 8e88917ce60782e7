package shipgate.aws.rds_cluster_iam_auth_test

import data.shipgate.aws.rds_cluster_iam_auth as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"engine": t.k("Engine", t.w("aurora-postgresql", "/Resources/X/Properties/Engine")), "engine_mode": t.k("EngineMode", t.d("provisioned", "/Resources/X")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})]) == {{
		"msg": `database cluster "X" does not allow IAM database authentication; set EnableIAMDatabaseAuthentication to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"engine": t.k("Engine", t.w("aurora-postgresql", "/Resources/X/Properties/Engine")), "engine_mode": t.k("EngineMode", t.d("provisioned", "/Resources/X")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.w(true, "/Resources/X/Properties/EnableIAMDatabaseAuthentication"))})])) == 0
	count(deny_for([obj({"engine": t.k("Engine", t.w("aurora-postgresql", "/Resources/X/Properties/Engine")), "engine_mode": t.k("EngineMode", t.w("serverless", "/Resources/X/Properties/EngineMode")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"engine": t.k("Engine", t.w("aurora-postgresql", "/Resources/X/Properties/Engine")), "engine_mode": t.k("EngineMode", t.d("provisioned", "/Resources/X")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.u("/Resources/X/Properties/EnableIAMDatabaseAuthentication"))})])) == 0
	count(deny_for([obj({"engine": t.k("Engine", t.w("aurora-postgresql", "/Resources/X/Properties/Engine")), "engine_mode": t.k("EngineMode", t.u("/Resources/X/Properties/EngineMode")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})])) == 0
}
