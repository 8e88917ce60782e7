package shipgate.aws.iam_role_trusts_anyone_test

import data.shipgate.aws.iam_role_trusts_anyone as policy
import data.shipgate.lib.testing as t

src := "/Resources/Deploy/Properties/AssumeRolePolicyDocument/Statement/0"

statement(effect, principal, has_condition) := {
	"src": src,
	"effect": t.k("AssumeRolePolicyDocument.Statement[].Effect", effect),
	"principals": t.k("AssumeRolePolicyDocument.Statement[].Principal", principal),
	"has_condition": t.k("AssumeRolePolicyDocument.Statement[].Condition", has_condition),
}

deny_for(s) := r if {
	role := object.union(t.res("Deploy", "AWS::IAM::Role"), {"assume_role_policy": {"src": "/d", "state": "written", "statements": [s]}})
	r := policy.deny with input as t.aws("iam", "roles", [role])
}

allow := t.w("Allow", "/e")

test_fails_on_any_principal if {
	deny_for(statement(allow, t.w({"AWS": "*"}, "/p"), t.d(false, src))) == {{
		"msg": `role "Deploy" can be assumed by any principal (AssumeRolePolicyDocument.Statement[].Principal) without a condition; name the principals that may assume it`,
		"resource": "Deploy",
		"src": src,
	}}
	count(deny_for(statement(t.d("Allow", src), t.w("*", "/p"), t.d(false, src)))) == 1
}

test_passes if {
	count(deny_for(statement(allow, t.w({"Service": "lambda.amazonaws.com"}, "/p"), t.d(false, src)))) == 0
	count(deny_for(statement(allow, t.w({"AWS": "*"}, "/p"), t.w(true, "/c")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w("*", "/p"), t.d(false, src)))) == 0
	count(policy.deny) == 0 with input as t.aws("iam", "roles", [object.union(t.res("Deploy", "AWS::IAM::Role"), {"assume_role_policy": null})])
}

test_unknown_does_not_fire if {
	count(deny_for(statement(allow, t.u("/p"), t.d(false, src)))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.u("/c")))) == 0
	count(deny_for(statement(t.u("/e"), t.w("*", "/p"), t.d(false, src)))) == 0
}
