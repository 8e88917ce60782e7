package shipgate.aws.iam_passrole_any_test

import data.shipgate.aws.iam_passrole_any as policy
import data.shipgate.lib.testing as t

src := "/Resources/Deployer/Properties/PolicyDocument/Statement/0"

statement(actions, resources, has_condition) := {
	"src": src,
	"effect": t.w("Allow", "/e"),
	"actions": t.k("PolicyDocument.Statement[].Action", actions),
	"resources": resources,
	"has_condition": has_condition,
}

deny_for(s) := r if {
	p := object.union(t.res("Deployer", "AWS::IAM::ManagedPolicy"), {"statements": [s]})
	r := policy.deny with input as t.aws("iam", "policies", [p])
}

any := t.w(["*"], "/r")

no_condition := t.d(false, src)

test_fails_on_passrole_everywhere if {
	deny_for(statement(t.w(["iam:PassRole"], "/a"), any, no_condition)) == {{
		"msg": `policy "Deployer" allows "iam:PassRole" on every resource without a condition (PolicyDocument.Statement[].Action); allow iam:PassRole only on the roles it must pass, to the service that needs them`,
		"resource": "Deployer",
		"src": src,
	}}
	count(deny_for(statement(t.w(["iam:Pass*"], "/a"), any, no_condition))) == 1
}

test_passes if {
	count(deny_for(statement(t.w(["iam:PassRole"], "/a"), t.w(["arn:aws:iam::111122223333:role/task"], "/r"), no_condition))) == 0
	count(deny_for(statement(t.w(["iam:PassRole"], "/a"), any, t.w(true, "/c")))) == 0
	count(deny_for(statement(t.w(["iam:GetRole", "iam:*"], "/a"), any, no_condition))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.w(["iam:PassRole"], "/a"), t.u("/r"), no_condition))) == 0
	count(deny_for(statement(t.w(["iam:PassRole"], "/a"), any, t.u("/c")))) == 0
	count(deny_for(statement(t.u("/a"), any, no_condition))) == 0
}
