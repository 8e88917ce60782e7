package shipgate.aws.opensearch_tls_policy_test

import data.shipgate.aws.opensearch_tls_policy as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"tls_policy": t.k("DomainEndpointOptions.TLSSecurityPolicy", t.w("Policy-Min-TLS-1-0-2019-07", "/Resources/X/Properties/DomainEndpointOptions/TLSSecurityPolicy"))})]) == {{
		"msg": `domain "X" allows TLS 1.0 and 1.1; set DomainEndpointOptions.TLSSecurityPolicy to Policy-Min-TLS-1-2-PFS-2023-10`,
		"resource": "X",
		"src": "/Resources/X/Properties/DomainEndpointOptions/TLSSecurityPolicy",
	}}
}

test_passes if {
	count(deny_for([obj({"tls_policy": t.k("DomainEndpointOptions.TLSSecurityPolicy", t.w("Policy-Min-TLS-1-2-2019-07", "/Resources/X/Properties/DomainEndpointOptions/TLSSecurityPolicy"))})])) == 0
	count(deny_for([obj({"tls_policy": t.k("DomainEndpointOptions.TLSSecurityPolicy", t.d(null, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"tls_policy": t.k("DomainEndpointOptions.TLSSecurityPolicy", t.u("/Resources/X/Properties/DomainEndpointOptions/TLSSecurityPolicy"))})])) == 0
}
