package shipgate.aws.rds_multi_az_test

import data.shipgate.aws.rds_multi_az as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs}}}
}

test_fails if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.d(false, "/Resources/X"))})]) == {{
		"msg": `database instance "X" runs in a single Availability Zone; set MultiAZ to true for production`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.w(false, "/Resources/X/Properties/MultiAZ"))})]) == {{
		"msg": `database instance "X" runs in a single Availability Zone; set MultiAZ to true for production`,
		"resource": "X",
		"src": "/Resources/X/Properties/MultiAZ",
	}}
}

test_passes if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.w(true, "/Resources/X/Properties/MultiAZ"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.w("Aurora", "/Resources/X/Properties/DBClusterIdentifier")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.d(false, "/Resources/X"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("sqlserver-ex", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.d(false, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.u("/Resources/X/Properties/MultiAZ"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.u("/Resources/X/Properties/DBClusterIdentifier")), "engine": t.k("Engine", t.w("postgres", "/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.d(false, "/Resources/X"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.u("/Resources/X/Properties/Engine")), "multi_az": t.k("MultiAZ", t.d(false, "/Resources/X"))})])) == 0
}
