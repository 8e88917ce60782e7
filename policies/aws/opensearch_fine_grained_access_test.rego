package shipgate.aws.opensearch_fine_grained_access_test

import data.shipgate.aws.opensearch_fine_grained_access as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"fine_grained_access": t.k("AdvancedSecurityOptions.Enabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `domain "X" has no fine-grained access control; set AdvancedSecurityOptions.Enabled to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"fine_grained_access": t.k("AdvancedSecurityOptions.Enabled", t.w(false, "/Resources/X/Properties/AdvancedSecurityOptions/Enabled"))})]) == {{
		"msg": `domain "X" has no fine-grained access control; set AdvancedSecurityOptions.Enabled to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/AdvancedSecurityOptions/Enabled",
	}}
}

test_passes if {
	count(deny_for([obj({"fine_grained_access": t.k("AdvancedSecurityOptions.Enabled", t.w(true, "/Resources/X/Properties/AdvancedSecurityOptions/Enabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"fine_grained_access": t.k("AdvancedSecurityOptions.Enabled", t.u("/Resources/X/Properties/AdvancedSecurityOptions/Enabled"))})])) == 0
}
