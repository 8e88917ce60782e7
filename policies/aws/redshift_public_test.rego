package shipgate.aws.redshift_public_test

import data.shipgate.aws.redshift_public as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Redshift::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"redshift": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"publicly_accessible": t.k("PubliclyAccessible", t.w(true, "/Resources/X/Properties/PubliclyAccessible"))})]) == {{
		"msg": `Redshift cluster "X" is publicly accessible; set PubliclyAccessible to false`,
		"resource": "X",
		"src": "/Resources/X/Properties/PubliclyAccessible",
	}}
}

test_passes if {
	count(deny_for([obj({"publicly_accessible": t.k("PubliclyAccessible", t.w(false, "/Resources/X/Properties/PubliclyAccessible"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"publicly_accessible": t.k("PubliclyAccessible", t.u("/Resources/X/Properties/PubliclyAccessible"))})])) == 0
}
