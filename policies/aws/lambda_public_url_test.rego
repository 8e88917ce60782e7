package shipgate.aws.lambda_public_url_test

import data.shipgate.aws.lambda_public_url as policy
import data.shipgate.lib.testing as t

attr := "/Resources/HandlerUrl/Properties/AuthType"

deny_for(auth) := r if {
	u := object.union(t.res("HandlerUrl", "AWS::Lambda::Url"), {"auth_type": t.k("AuthType", auth)})
	r := policy.deny with input as t.aws("lambda", "function_urls", [u])
}

test_fails_without_auth if {
	deny_for(t.w("NONE", attr)) == {{
		"msg": `function URL "HandlerUrl" does not authenticate callers (AuthType is NONE); set it to AWS_IAM, or authenticate requests in the function and suppress this finding`,
		"resource": "HandlerUrl",
		"src": attr,
	}}
}

test_passes_with_iam if {
	count(deny_for(t.w("AWS_IAM", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
