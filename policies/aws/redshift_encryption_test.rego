package shipgate.aws.redshift_encryption_test

import data.shipgate.aws.redshift_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Redshift::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"redshift": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"encrypted": t.k("Encrypted", t.w(false, "/Resources/X/Properties/Encrypted"))})]) == {{
		"msg": `Redshift cluster "X" is not encrypted; set Encrypted to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/Encrypted",
	}}
}

test_passes if {
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.w(true, "/Resources/X/Properties/Encrypted"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.u("/Resources/X/Properties/Encrypted"))})])) == 0
}
