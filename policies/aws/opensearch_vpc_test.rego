package shipgate.aws.opensearch_vpc_test

import data.shipgate.aws.opensearch_vpc as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"in_vpc": t.k("VPCOptions", t.d(false, "/Resources/X"))})]) == {{
		"msg": `domain "X" has a public endpoint; place it in a VPC with VPCOptions`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"in_vpc": t.k("VPCOptions", t.w(true, "/Resources/X/Properties/VPCOptions"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"in_vpc": t.k("VPCOptions", t.u("/Resources/X/Properties/VPCOptions"))})])) == 0
}
