package shipgate.aws.redshift_subnet_group_test

import data.shipgate.aws.redshift_subnet_group as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Redshift::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"redshift": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"subnet_group": t.k("ClusterSubnetGroupName", t.d(null, "/Resources/X"))})]) == {{
		"msg": `Redshift cluster "X" has no subnet group and is created in the default VPC; set ClusterSubnetGroupName to a subnet group of private subnets`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"subnet_group": t.k("ClusterSubnetGroupName", t.w("private", "/Resources/X/Properties/ClusterSubnetGroupName"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"subnet_group": t.k("ClusterSubnetGroupName", t.u("/Resources/X/Properties/ClusterSubnetGroupName"))})])) == 0
}
