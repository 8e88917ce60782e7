package shipgate.aws.kms_public_policy_test

import data.shipgate.aws.kms_public_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/DataKey/Properties/KeyPolicy/Statement/0"

statement(effect, principal, has_condition) := {
	"src": src,
	"effect": t.k("KeyPolicy.Statement[].Effect", effect),
	"principals": t.k("KeyPolicy.Statement[].Principal", principal),
	"has_condition": t.k("KeyPolicy.Statement[].Condition", has_condition),
}

deny_for(s) := r if {
	k := object.union(t.res("DataKey", "AWS::KMS::Key"), {"policies": t.k("KeyPolicy", t.w([{"src": "/d", "state": "written", "statements": [s]}], "/d"))})
	r := policy.deny with input as t.aws("kms", "keys", [k])
}

allow := t.w("Allow", "/e")

test_fails_on_any_principal if {
	deny_for(statement(allow, t.w("*", "/p"), t.d(false, src))) == {{
		"msg": `KMS key "DataKey" has a key policy statement that allows any principal (KeyPolicy.Statement[].Principal) without a condition; name the principals or add a condition that restricts them`,
		"resource": "DataKey",
		"src": src,
	}}
	count(deny_for(statement(allow, t.w({"AWS": ["*"]}, "/p"), t.d(false, src)))) == 1
}

test_passes if {
	count(deny_for(statement(allow, t.w({"AWS": "arn:aws:iam::111122223333:root"}, "/p"), t.d(false, src)))) == 0
	count(deny_for(statement(allow, t.w({"AWS": "*"}, "/p"), t.w(true, "/c")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w("*", "/p"), t.d(false, src)))) == 0
	count(policy.deny) == 0 with input as t.aws("kms", "keys", [object.union(t.res("DataKey", "AWS::KMS::Key"), {"policies": t.k("KeyPolicy", t.d([], "/Resources/DataKey"))})])
}

test_unknown_does_not_fire if {
	count(deny_for(statement(allow, t.u("/p"), t.d(false, src)))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.u("/c")))) == 0
	count(policy.deny) == 0 with input as t.aws("kms", "keys", [object.union(t.res("DataKey", "AWS::KMS::Key"), {"policies": t.k("KeyPolicy", t.u("/d"))})])
}
