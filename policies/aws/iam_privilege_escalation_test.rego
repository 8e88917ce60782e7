package shipgate.aws.iam_privilege_escalation_test

import data.shipgate.aws.iam_privilege_escalation as policy
import data.shipgate.lib.testing as t

src := "/Resources/Ops/Properties/PolicyDocument/Statement/0"

statement(effect, actions, resources) := {
	"src": src,
	"effect": effect,
	"actions": t.k("PolicyDocument.Statement[].Action", actions),
	"resources": resources,
}

deny_for(s) := r if {
	p := object.union(t.res("Ops", "AWS::IAM::ManagedPolicy"), {"statements": [s]})
	r := policy.deny with input as t.aws("iam", "policies", [p])
}

allow := t.w("Allow", "/e")

any := t.w(["*"], "/r")

test_fails_on_escalation_action if {
	deny_for(statement(allow, t.w(["iam:AttachRolePolicy"], "/a"), any)) == {{
		"msg": `policy "Ops" allows "iam:AttachRolePolicy" on every resource (PolicyDocument.Statement[].Action), which lets its holder raise its own permissions (iam:attachrolepolicy); scope it to the identities and policies it manages`,
		"resource": "Ops",
		"src": src,
	}}
	count(deny_for(statement(t.d("Allow", src), t.w(["iam:Put*Policy", "iam:CreateAccessKey"], "/a"), any))) == 2
}

test_passes if {
	count(deny_for(statement(allow, t.w(["iam:AttachRolePolicy"], "/a"), t.w(["arn:aws:iam::111122223333:role/app/*"], "/r")))) == 0
	count(deny_for(statement(allow, t.w(["iam:GetRole", "iam:List*"], "/a"), any))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w(["iam:PutUserPolicy"], "/a"), any))) == 0

	# administrator access is AWS-IAM-001's
	count(deny_for(statement(allow, t.w(["iam:*", "*"], "/a"), any))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.u("/e"), t.w(["iam:PutRolePolicy"], "/a"), any))) == 0
	count(deny_for(statement(allow, t.w(["iam:PutRolePolicy"], "/a"), t.u("/r")))) == 0
	count(deny_for(statement(allow, t.w([null], "/a"), any))) == 0
}
