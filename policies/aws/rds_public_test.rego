package shipgate.aws.rds_public_test

import data.shipgate.aws.rds_public as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Db/Properties/PubliclyAccessible"

deny_for(public) := r if {
	db := object.union(t.res("Db", "AWS::RDS::DBInstance"), {"publicly_accessible": t.k("PubliclyAccessible", public)})
	r := policy.deny with input as {"aws": {"rds": {"instances": [db], "clusters": []}}}
}

test_fails_when_public if {
	deny_for(t.w(true, attr)) == {{
		"msg": `database instance "Db" is publicly accessible; set PubliclyAccessible to false and place it in private subnets`,
		"resource": "Db",
		"src": attr,
	}}
}

test_passes_when_private if {
	count(deny_for(t.d(false, "/Resources/Db"))) == 0
	count(deny_for(t.w(false, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
