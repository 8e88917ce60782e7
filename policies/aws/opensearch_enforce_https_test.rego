package shipgate.aws.opensearch_enforce_https_test

import data.shipgate.aws.opensearch_enforce_https as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"enforce_https": t.k("DomainEndpointOptions.EnforceHTTPS", t.d(false, "/Resources/X"))})]) == {{
		"msg": `domain "X" accepts plain HTTP; set DomainEndpointOptions.EnforceHTTPS to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"enforce_https": t.k("DomainEndpointOptions.EnforceHTTPS", t.w(false, "/Resources/X/Properties/DomainEndpointOptions/EnforceHTTPS"))})]) == {{
		"msg": `domain "X" accepts plain HTTP; set DomainEndpointOptions.EnforceHTTPS to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/DomainEndpointOptions/EnforceHTTPS",
	}}
}

test_passes if {
	count(deny_for([obj({"enforce_https": t.k("DomainEndpointOptions.EnforceHTTPS", t.w(true, "/Resources/X/Properties/DomainEndpointOptions/EnforceHTTPS"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"enforce_https": t.k("DomainEndpointOptions.EnforceHTTPS", t.u("/Resources/X/Properties/DomainEndpointOptions/EnforceHTTPS"))})])) == 0
}
