package shipgate.aws.elb_http_listener_test

import data.shipgate.aws.elb_http_listener as policy
import data.shipgate.lib.testing as t

action(type, protocol) := {
	"src": "/Resources/Http/Properties/DefaultActions/0",
	"type": t.k("DefaultActions[].Type", type),
	"redirect_protocol": t.k("DefaultActions[].RedirectConfig.Protocol", protocol),
}

listener(protocol, actions) := object.union(t.res("Http", "AWS::ElasticLoadBalancingV2::Listener"), {
	"protocol": t.k("Protocol", protocol),
	"default_actions": actions,
})

deny_for(l) := r if {
	r := policy.deny with input as t.aws("elb", "listeners", [l])
}

http := t.w("HTTP", "/Resources/Http/Properties/Protocol")

w(v) := t.w(v, "/x")

test_fails_on_forwarding_http if {
	deny_for(listener(http, [action(w("forward"), t.d("#{protocol}", "/x"))])) == {{
		"msg": `listener "Http" serves plain HTTP (Protocol); make its default action a redirect to HTTPS`,
		"resource": "Http",
		"src": "/Resources/Http/Properties/Protocol",
	}}

	# a redirect that keeps the request's protocol stays on HTTP
	count(deny_for(listener(http, [action(w("redirect"), t.d("#{protocol}", "/x"))]))) == 1
	count(deny_for(listener(http, [action(w("redirect"), w("HTTP"))]))) == 1
}

test_passes if {
	count(deny_for(listener(http, [action(w("redirect"), w("HTTPS"))]))) == 0
	count(deny_for(listener(w("HTTPS"), [action(w("forward"), t.d("#{protocol}", "/x"))]))) == 0
	count(deny_for(listener(w("TCP"), [action(w("forward"), t.d("#{protocol}", "/x"))]))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(listener(t.u("/x"), [action(w("forward"), t.d("#{protocol}", "/x"))]))) == 0
	count(deny_for(listener(http, [action(t.u("/x"), t.d("#{protocol}", "/x"))]))) == 0
	count(deny_for(listener(http, [action(w("redirect"), t.u("/x"))]))) == 0
	count(deny_for(listener(http, []))) == 0
}
