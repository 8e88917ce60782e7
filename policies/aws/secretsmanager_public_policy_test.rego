package shipgate.aws.secretsmanager_public_policy_test

import data.shipgate.aws.secretsmanager_public_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/DbSecretPolicy/Properties/ResourcePolicy/Statement/0"

statement(effect, principal, has_condition) := {
	"src": src,
	"effect": effect,
	"principals": t.k("AWS::SecretsManager::ResourcePolicy.ResourcePolicy.Statement[].Principal", principal),
	"has_condition": has_condition,
}

deny_for(s) := r if {
	sec := object.union(t.res("DbSecret", "AWS::SecretsManager::Secret"), {"policies": t.w([{"src": "/d", "state": "written", "statements": [s]}], "/d")})
	r := policy.deny with input as t.aws("secretsmanager", "secrets", [sec])
}

allow := t.w("Allow", "/e")

test_fails_on_any_principal if {
	deny_for(statement(allow, t.w({"AWS": "*"}, "/p"), t.d(false, src))) == {{
		"msg": `secret "DbSecret" has a resource policy statement that allows any principal (AWS::SecretsManager::ResourcePolicy.ResourcePolicy.Statement[].Principal) without a condition; name the principals that may use it`,
		"resource": "DbSecret",
		"src": src,
	}}
}

test_passes if {
	count(deny_for(statement(allow, t.w({"AWS": "arn:aws:iam::111122223333:role/app"}, "/p"), t.d(false, src)))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.w(true, "/c")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w("*", "/p"), t.d(false, src)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(allow, t.u("/p"), t.d(false, src)))) == 0
	count(policy.deny) == 0 with input as t.aws("secretsmanager", "secrets", [object.union(t.res("DbSecret", "AWS::SecretsManager::Secret"), {"policies": t.u("/x")})])
}
