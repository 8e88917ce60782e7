package shipgate.aws.sns_public_policy_test

import data.shipgate.aws.sns_public_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/AlertsPolicy/Properties/PolicyDocument/Statement/0"

statement(effect, principal, has_condition, actions) := {
	"src": src,
	"effect": t.k("AWS::SNS::TopicPolicy.PolicyDocument.Statement[].Effect", effect),
	"principals": t.k("AWS::SNS::TopicPolicy.PolicyDocument.Statement[].Principal", principal),
	"has_condition": t.k("AWS::SNS::TopicPolicy.PolicyDocument.Statement[].Condition", has_condition),
	"actions": t.k("AWS::SNS::TopicPolicy.PolicyDocument.Statement[].Action", actions),
}

with_policies(p) := object.union(t.res("Alerts", "AWS::SNS::Topic"), {"policies": p})

deny_for(s) := r if {
	r := policy.deny with input as t.aws("sns", "topics", [with_policies(t.k("AWS::SNS::TopicPolicy.PolicyDocument", t.w([{"src": "/d", "state": "written", "statements": [s]}], "/d")))])
}

allow := t.w("Allow", "/e")

no_condition := t.d(false, src)

test_fails_on_any_principal if {
	deny_for(statement(allow, t.w("*", "/p"), no_condition, t.w(["sns:Publish"], "/a"))) == {{
		"msg": `SNS topic "Alerts" has a policy statement that allows any principal (AWS::SNS::TopicPolicy.PolicyDocument.Statement[].Principal) without a condition; name the principals or add a condition that restricts them`,
		"resource": "Alerts",
		"src": src,
	}}
	count(deny_for(statement(allow, t.w({"AWS": ["arn:aws:iam::111122223333:root", "*"]}, "/p"), no_condition, t.w(["sns:Subscribe"], "/a")))) == 1
}

test_passes if {
	count(deny_for(statement(allow, t.w({"Service": "cloudwatch.amazonaws.com"}, "/p"), no_condition, t.w(["sns:Publish"], "/a")))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.w(true, "/c"), t.w(["sns:Publish"], "/a")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w("*", "/p"), no_condition, t.w(["sns:Publish"], "/a")))) == 0
	count(policy.deny) == 0 with input as t.aws("sns", "topics", [with_policies(t.k("AWS::SNS::TopicPolicy.PolicyDocument", t.d([], "/Resources/Alerts")))])
}

test_unknown_does_not_fire if {
	count(deny_for(statement(allow, t.u("/p"), no_condition, t.w(["sns:Publish"], "/a")))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.u("/c"), t.w(["sns:Publish"], "/a")))) == 0
	count(policy.deny) == 0 with input as t.aws("sns", "topics", [with_policies(t.k("AWS::SNS::TopicPolicy.PolicyDocument", t.u("/d")))])
}
