package shipgate.aws.dax_encryption_test

import data.shipgate.aws.dax_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DAX::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"dax": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"sse_enabled": t.k("SSESpecification.SSEEnabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `DAX cluster "X" is not encrypted at rest; set SSESpecification.SSEEnabled to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"sse_enabled": t.k("SSESpecification.SSEEnabled", t.w(false, "/Resources/X/Properties/SSESpecification/SSEEnabled"))})]) == {{
		"msg": `DAX cluster "X" is not encrypted at rest; set SSESpecification.SSEEnabled to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/SSESpecification/SSEEnabled",
	}}
}

test_passes if {
	count(deny_for([obj({"sse_enabled": t.k("SSESpecification.SSEEnabled", t.w(true, "/Resources/X/Properties/SSESpecification/SSEEnabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"sse_enabled": t.k("SSESpecification.SSEEnabled", t.u("/Resources/X/Properties/SSESpecification/SSEEnabled"))})])) == 0
}
