package shipgate.aws.apigateway_method_auth_test

import data.shipgate.aws.apigateway_method_auth as policy
import data.shipgate.lib.testing as t

method(verb, auth, key) := object.union(t.res("GetOrders", "AWS::ApiGateway::Method"), {
	"http_method": t.k("HttpMethod", verb),
	"authorization": t.k("AuthorizationType", auth),
	"api_key_required": t.k("ApiKeyRequired", key),
})

deny_for(m) := r if {
	r := policy.deny with input as t.aws("apigateway", "methods", [m])
}

get := t.w("GET", "/Resources/GetOrders/Properties/HttpMethod")

no_key := t.d(false, "/Resources/GetOrders")

test_fails_on_open_method if {
	deny_for(method(get, t.d("NONE", "/Resources/GetOrders"), no_key)) == {{
		"msg": `API Gateway method "GetOrders" (GET) needs neither authorisation nor an API key (AuthorizationType is "NONE"); require IAM, a Cognito or Lambda authoriser, or an API key`,
		"resource": "GetOrders",
		"src": "/Resources/GetOrders",
	}}
	count(deny_for(method(get, t.w("NONE", "/x"), t.w(false, "/x")))) == 1
}

test_passes if {
	count(deny_for(method(get, t.w("AWS_IAM", "/x"), no_key))) == 0
	count(deny_for(method(get, t.w("NONE", "/x"), t.w(true, "/x")))) == 0
	count(deny_for(method(t.w("OPTIONS", "/x"), t.w("NONE", "/x"), no_key))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(method(get, t.u("/x"), no_key))) == 0
	count(deny_for(method(get, t.w("NONE", "/x"), t.u("/x")))) == 0
	count(deny_for(method(t.u("/x"), t.w("NONE", "/x"), no_key))) == 0
}
