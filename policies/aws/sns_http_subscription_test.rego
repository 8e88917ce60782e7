package shipgate.aws.sns_http_subscription_test

import data.shipgate.aws.sns_http_subscription as policy
import data.shipgate.lib.testing as t

src := "/Resources/Hook/Properties/Protocol"

deny_for(v) := r if {
	s := object.union(t.res("Hook", "AWS::SNS::Subscription"), {"protocol": t.k("Protocol", v)})
	r := policy.deny with input as t.aws("sns", "subscriptions", [s])
}

test_fails_on_http if {
	deny_for(t.w("http", src)) == {{
		"msg": `"Hook" subscribes an endpoint to SNS over plain HTTP (Protocol), so messages travel unencrypted; subscribe an https endpoint`,
		"resource": "Hook",
		"src": src,
	}}
	count(deny_for(t.w("HTTP", src))) == 1
}

test_passes if {
	count(deny_for(t.w("https", src))) == 0
	count(deny_for(t.w("sqs", src))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(src))) == 0
}
