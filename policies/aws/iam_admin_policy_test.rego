package shipgate.aws.iam_admin_policy_test

import data.shipgate.aws.iam_admin_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/Deployer/Properties/Policies/0/PolicyDocument/Statement/0"

statement(effect, actions, resources) := {
	"src": src,
	"effect": effect,
	"actions": actions,
	"resources": resources,
	"has_condition": t.d(false, src),
}

deny_for(s) := r if {
	p := object.union(t.res("Deployer", "AWS::IAM::Role"), {
		"src": "/Resources/Deployer/Properties/Policies/0/PolicyDocument",
		"name": t.w("admin", "/Resources/Deployer/Properties/Policies/0/PolicyName"),
		"statements": [s],
	})
	r := policy.deny with input as t.aws("iam", "policies", [p])
}

act(v) := t.w(v, concat("/", [src, "Action"]))

rsc(v) := t.w(v, concat("/", [src, "Resource"]))

test_fails_on_star_star if {
	deny_for(statement(t.w("Allow", src), act(["*"]), rsc(["*"]))) == {{
		"msg": `policy "Deployer" allows action "*" on every resource; grant only the actions and resources the principal needs`,
		"resource": "Deployer",
		"src": src,
	}}
}

test_fails_on_default_effect_and_star_colon_star if {
	count(deny_for(statement(t.d("Allow", src), act(["s3:GetObject", "*:*"]), rsc(["*"])))) == 1
}

test_passes if {
	count(deny_for(statement(t.w("Allow", src), act(["s3:*"]), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), act(["*"]), rsc(["arn:aws:s3:::b/*"])))) == 0
	count(deny_for(statement(t.w("Deny", src), act(["*"]), rsc(["*"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.u(src), act(["*"]), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), t.u(src), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), act([null]), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), act(["*"]), rsc([null])))) == 0
}
