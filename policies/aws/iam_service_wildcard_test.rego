package shipgate.aws.iam_service_wildcard_test

import data.shipgate.aws.iam_service_wildcard as policy
import data.shipgate.lib.testing as t

src := "/Resources/App/Properties/Policies/0/PolicyDocument/Statement/0"

statement(effect, actions, resources) := {
	"src": src,
	"effect": effect,
	"actions": t.k("Policies[].PolicyDocument.Statement[].Action", actions),
	"resources": resources,
}

deny_for(s) := r if {
	p := object.union(t.res("App", "AWS::IAM::Role"), {"statements": [s]})
	r := policy.deny with input as t.aws("iam", "policies", [p])
}

allow := t.w("Allow", "/e")

bucket := t.w(["arn:aws:s3:::acme-artifacts/*"], "/r")

test_fails_on_service_wildcard if {
	deny_for(statement(allow, t.w(["s3:GetObject", "s3:*"], "/a"), bucket)) == {{
		"msg": `policy "App" allows every action of s3 ("s3:*" in Policies[].PolicyDocument.Statement[].Action); list the actions the principal needs`,
		"resource": "App",
		"src": src,
	}}
	count(deny_for(statement(t.d("Allow", src), t.w(["dynamodb:*"], "/a"), t.w(["*"], "/r")))) == 1
	count(deny_for(statement(allow, t.w(["*"], "/a"), bucket))) == 1
}

test_passes if {
	count(deny_for(statement(allow, t.w(["s3:GetObject", "s3:List*"], "/a"), bucket))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w(["s3:*"], "/a"), bucket))) == 0

	# administrator access is AWS-IAM-001's
	count(deny_for(statement(allow, t.w(["*"], "/a"), t.w(["*"], "/r")))) == 0
	count(deny_for(statement(allow, t.w(["iam:*"], "/a"), t.w(["*"], "/r")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.u("/e"), t.w(["s3:*"], "/a"), bucket))) == 0
	count(deny_for(statement(allow, t.u("/a"), bucket))) == 0
	count(deny_for(statement(allow, t.w([null], "/a"), bucket))) == 0
}
