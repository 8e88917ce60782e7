package shipgate.aws.rds_instance_iam_auth_test

import data.shipgate.aws.rds_instance_iam_auth as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs}}}
}

test_fails if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})]) == {{
		"msg": `database instance "X" does not allow IAM database authentication; set EnableIAMDatabaseAuthentication to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.w(true, "/Resources/X/Properties/EnableIAMDatabaseAuthentication"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("sqlserver-ex", "/Resources/X/Properties/Engine")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.w("Aurora", "/Resources/X/Properties/DBClusterIdentifier")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.u("/Resources/X/Properties/EnableIAMDatabaseAuthentication"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.u("/Resources/X/Properties/Engine")), "iam_auth": t.k("EnableIAMDatabaseAuthentication", t.d(false, "/Resources/X"))})])) == 0
}
