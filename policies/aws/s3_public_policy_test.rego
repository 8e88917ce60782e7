package shipgate.aws.s3_public_policy_test

import data.shipgate.aws.s3_public_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/AssetsPolicy/Properties/PolicyDocument/Statement/0"

statement(effect, principal, has_condition) := {
	"src": src,
	"effect": t.k("PolicyDocument.Statement[].Effect", effect),
	"principals": t.k("PolicyDocument.Statement[].Principal", principal),
	"has_condition": t.k("PolicyDocument.Statement[].Condition", has_condition),
}

deny_for(s) := r if {
	b := object.union(
		t.res("Assets", "AWS::S3::Bucket"),
		{"policies": t.w([{"src": "/Resources/AssetsPolicy/Properties/PolicyDocument", "state": "written", "statements": [s]}], "/Resources/AssetsPolicy/Properties/PolicyDocument")},
	)
	r := policy.deny with input as t.aws("s3", "buckets", [b])
}

allow := t.w("Allow", "/e")

no_condition := t.d(false, src)

test_fails_on_star_principal if {
	deny_for(statement(allow, t.w("*", "/p"), no_condition)) == {{
		"msg": `bucket "Assets" has a policy statement that allows any principal (PolicyDocument.Statement[].Principal) without a condition; name the principals or add a condition that restricts them`,
		"resource": "Assets",
		"src": src,
	}}
	count(deny_for(statement(t.d("Allow", src), t.w({"AWS": ["arn:aws:iam::111122223333:root", "*"]}, "/p"), no_condition))) == 1
	count(deny_for(statement(allow, t.w({"AWS": "*"}, "/p"), no_condition))) == 1
}

test_passes if {
	count(deny_for(statement(allow, t.w({"AWS": "arn:aws:iam::111122223333:root"}, "/p"), no_condition))) == 0
	count(deny_for(statement(allow, t.w({"Service": "cloudfront.amazonaws.com"}, "/p"), no_condition))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.w(true, "/c")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w("*", "/p"), no_condition))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.u("/e"), t.w("*", "/p"), no_condition))) == 0
	count(deny_for(statement(allow, t.u("/p"), no_condition))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.u("/c")))) == 0
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [object.union(t.res("Assets", "AWS::S3::Bucket"), {"policies": t.u("/x")})])
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [object.union(t.res("Assets", "AWS::S3::Bucket"), {"policies": t.w([null], "/x")})])
}
