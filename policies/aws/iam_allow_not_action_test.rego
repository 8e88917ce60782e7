package shipgate.aws.iam_allow_not_action_test

import data.shipgate.aws.iam_allow_not_action as policy
import data.shipgate.lib.testing as t

src := "/Resources/Ops/Properties/PolicyDocument/Statement/0"

statement(effect, not_actions, resources) := {
	"src": src,
	"effect": effect,
	"not_actions": t.k("PolicyDocument.Statement[].NotAction", not_actions),
	"resources": resources,
}

deny_for(s) := r if {
	p := object.union(t.res("Ops", "AWS::IAM::ManagedPolicy"), {"statements": [s]})
	r := policy.deny with input as t.aws("iam", "policies", [p])
}

test_fails_on_allow_not_action if {
	deny_for(statement(t.w("Allow", "/e"), t.w(["organizations:*", "iam:*"], "/n"), t.w(["*"], "/r"))) == {{
		"msg": `policy "Ops" allows every action except "iam:*", "organizations:*" (PolicyDocument.Statement[].NotAction) on every resource; list the actions the principal needs instead`,
		"resource": "Ops",
		"src": src,
	}}
	count(deny_for(statement(t.d("Allow", src), t.w(["s3:DeleteBucket"], "/n"), t.w(["arn:aws:s3:::acme/*"], "/r")))) == 1
}

test_passes if {
	count(deny_for(statement(t.w("Deny", "/e"), t.w(["iam:*"], "/n"), t.w(["*"], "/r")))) == 0
	count(deny_for(statement(t.w("Allow", "/e"), t.d([], src), t.w(["*"], "/r")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.u("/e"), t.w(["iam:*"], "/n"), t.w(["*"], "/r")))) == 0
	count(deny_for(statement(t.w("Allow", "/e"), t.u("/n"), t.w(["*"], "/r")))) == 0
}
