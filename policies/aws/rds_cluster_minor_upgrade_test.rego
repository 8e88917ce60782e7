package shipgate.aws.rds_cluster_minor_upgrade_test

import data.shipgate.aws.rds_cluster_minor_upgrade as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"auto_minor_version_upgrade": t.k("AutoMinorVersionUpgrade", t.w(false, "/Resources/X/Properties/AutoMinorVersionUpgrade"))})]) == {{
		"msg": `database cluster "X" turns automatic minor version upgrades off; set AutoMinorVersionUpgrade to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/AutoMinorVersionUpgrade",
	}}
}

test_passes if {
	count(deny_for([obj({"auto_minor_version_upgrade": t.k("AutoMinorVersionUpgrade", t.w(true, "/Resources/X/Properties/AutoMinorVersionUpgrade"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"auto_minor_version_upgrade": t.k("AutoMinorVersionUpgrade", t.u("/Resources/X/Properties/AutoMinorVersionUpgrade"))})])) == 0
}
