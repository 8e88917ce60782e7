package shipgate.aws.apigateway_domain_tls_test

import data.shipgate.aws.apigateway_domain_tls as policy
import data.shipgate.lib.testing as t

domain(p) := object.union(t.res("ApiDomain", "AWS::ApiGateway::DomainName"), {"security_policy": t.k("SecurityPolicy", p)})

deny_for(d) := r if {
	r := policy.deny with input as t.aws("apigateway", "domain_names", [d])
}

src := "/Resources/ApiDomain/Properties/SecurityPolicy"

test_fails_on_tls_1_0 if {
	deny_for(domain(t.w("TLS_1_0", src))) == {{
		"msg": `API Gateway domain "ApiDomain" accepts TLS 1.0 and 1.1 (SecurityPolicy is "TLS_1_0"); set it to TLS_1_2`,
		"resource": "ApiDomain",
		"src": src,
	}}
}

test_passes if {
	count(deny_for(domain(t.w("TLS_1_2", src)))) == 0
	count(deny_for(domain(t.w("SecurityPolicy_TLS13_1_2_2021_06", src)))) == 0

	# not written: API Gateway chooses
	count(deny_for(domain(t.d(null, "/Resources/ApiDomain")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(domain(t.u(src)))) == 0
}
