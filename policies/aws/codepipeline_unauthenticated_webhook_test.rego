package shipgate.aws.codepipeline_unauthenticated_webhook_test

import data.shipgate.aws.codepipeline_unauthenticated_webhook as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Webhook/Properties/Authentication"

deny_for(auth) := r if {
	w := object.union(t.res("Webhook", "AWS::CodePipeline::Webhook"), {"authentication": t.k("Authentication", auth)})
	r := policy.deny with input as t.aws("codepipeline", "webhooks", [w])
}

test_fails_when_unauthenticated if {
	deny_for(t.w("UNAUTHENTICATED", attr)) == {{
		"msg": `webhook "Webhook" starts the pipeline for any caller (Authentication is UNAUTHENTICATED); authenticate it with GITHUB_HMAC or IP`,
		"resource": "Webhook",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w("GITHUB_HMAC", attr))) == 0
	count(deny_for(t.w("IP", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
