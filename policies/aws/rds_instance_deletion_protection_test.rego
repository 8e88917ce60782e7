package shipgate.aws.rds_instance_deletion_protection_test

import data.shipgate.aws.rds_instance_deletion_protection as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs}}}
}

test_fails if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "deletion_protection": t.k("DeletionProtection", t.d(false, "/Resources/X"))})]) == {{
		"msg": `database instance "X" has no deletion protection; set DeletionProtection to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "deletion_protection": t.k("DeletionProtection", t.w(false, "/Resources/X/Properties/DeletionProtection"))})]) == {{
		"msg": `database instance "X" has no deletion protection; set DeletionProtection to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/DeletionProtection",
	}}
}

test_passes if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "deletion_protection": t.k("DeletionProtection", t.w(true, "/Resources/X/Properties/DeletionProtection"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.w("Aurora", "/Resources/X/Properties/DBClusterIdentifier")), "deletion_protection": t.k("DeletionProtection", t.d(false, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "deletion_protection": t.k("DeletionProtection", t.u("/Resources/X/Properties/DeletionProtection"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.u("/Resources/X/Properties/DBClusterIdentifier")), "deletion_protection": t.k("DeletionProtection", t.d(false, "/Resources/X"))})])) == 0
}
