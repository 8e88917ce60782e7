package shipgate.aws.lambda_public_permission_test

import data.shipgate.aws.lambda_public_permission as policy
import data.shipgate.lib.testing as t

props := "/Resources/Invoke/Properties"

perm(principal, source_arn, org) := object.union(t.res("Invoke", "AWS::Lambda::Permission"), {
	"principal": t.k("Principal", principal),
	"source_arn": t.k("SourceArn", source_arn),
	"source_account": t.k("SourceAccount", t.d(null, "/Resources/Invoke")),
	"principal_org_id": t.k("PrincipalOrgID", org),
	"action": t.k("Action", t.w("lambda:InvokeFunction", concat("/", [props, "Action"]))),
	"function_url_auth_type": t.k("FunctionUrlAuthType", t.d(null, "/Resources/Invoke")),
	"invoked_via_function_url": t.k("InvokedViaFunctionUrl", t.d(false, "/Resources/Invoke")),
})

deny_for(p) := r if {
	r := policy.deny with input as t.aws("lambda", "permissions", [p])
}

none := t.d(null, "/Resources/Invoke")

test_fails_for_anyone if {
	deny_for(perm(t.w("*", concat("/", [props, "Principal"])), none, none)) == {{
		"msg": `permission "Invoke" lets any principal invoke the function (Principal is "*") without a source condition; name the principal, or restrict it with a source ARN, source account or organization id`,
		"resource": "Invoke",
		"src": concat("/", [props, "Principal"]),
	}}
}

test_passes_with_named_principal_or_condition if {
	count(deny_for(perm(t.w("123456789012", concat("/", [props, "Principal"])), none, none))) == 0
	count(deny_for(perm(t.w("*", concat("/", [props, "Principal"])), none, t.w("o-abc123", concat("/", [props, "PrincipalOrgID"]))))) == 0
	count(deny_for(perm(t.w("*", concat("/", [props, "Principal"])), t.w("Bucket", concat("/", [props, "SourceArn"])), none))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(perm(t.u(concat("/", [props, "Principal"])), none, none))) == 0
	count(deny_for(perm(t.w("*", concat("/", [props, "Principal"])), t.u(concat("/", [props, "SourceArn"])), none))) == 0
}

test_url_permission_is_left_to_the_url_rule if {
	p := object.union(perm(t.w("*", concat("/", [props, "Principal"])), none, none), {
		"action": t.k("Action", t.w("lambda:InvokeFunctionUrl", concat("/", [props, "Action"]))),
		"function_url_auth_type": t.k("FunctionUrlAuthType", t.w("NONE", concat("/", [props, "FunctionUrlAuthType"]))),
	})
	count(deny_for(p)) == 0
}

test_url_invoke_permission_is_left_to_the_url_rule if {
	p := object.union(perm(t.w("*", concat("/", [props, "Principal"])), none, none), {"invoked_via_function_url": t.k("InvokedViaFunctionUrl", t.w(true, concat("/", [props, "InvokedViaFunctionUrl"])))})
	count(deny_for(p)) == 0
}
