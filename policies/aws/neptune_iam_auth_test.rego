package shipgate.aws.neptune_iam_auth_test

import data.shipgate.aws.neptune_iam_auth as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Neptune::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"neptune": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"iam_auth": t.k("IamAuthEnabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `Neptune cluster "X" does not require IAM database authentication; set IamAuthEnabled to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"iam_auth": t.k("IamAuthEnabled", t.w(false, "/Resources/X/Properties/IamAuthEnabled"))})]) == {{
		"msg": `Neptune cluster "X" does not require IAM database authentication; set IamAuthEnabled to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/IamAuthEnabled",
	}}
}

test_passes if {
	count(deny_for([obj({"iam_auth": t.k("IamAuthEnabled", t.w(true, "/Resources/X/Properties/IamAuthEnabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"iam_auth": t.k("IamAuthEnabled", t.u("/Resources/X/Properties/IamAuthEnabled"))})])) == 0
}
