package shipgate.aws.sqs_public_policy_test

import data.shipgate.aws.sqs_public_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/JobsPolicy/Properties/PolicyDocument/Statement/0"

statement(effect, principal, has_condition, actions) := {
	"src": src,
	"effect": t.k("AWS::SQS::QueuePolicy.PolicyDocument.Statement[].Effect", effect),
	"principals": t.k("AWS::SQS::QueuePolicy.PolicyDocument.Statement[].Principal", principal),
	"has_condition": t.k("AWS::SQS::QueuePolicy.PolicyDocument.Statement[].Condition", has_condition),
	"actions": t.k("AWS::SQS::QueuePolicy.PolicyDocument.Statement[].Action", actions),
}

with_policies(p) := object.union(t.res("Jobs", "AWS::SQS::Queue"), {"policies": p})

deny_for(s) := r if {
	r := policy.deny with input as t.aws("sqs", "queues", [with_policies(t.k("AWS::SQS::QueuePolicy.PolicyDocument", t.w([{"src": "/d", "state": "written", "statements": [s]}], "/d")))])
}

allow := t.w("Allow", "/e")

no_condition := t.d(false, src)

test_fails_on_any_principal if {
	deny_for(statement(allow, t.w("*", "/p"), no_condition, t.w(["sqs:SendMessage"], "/a"))) == {{
		"msg": `SQS queue "Jobs" has a policy statement that allows any principal (AWS::SQS::QueuePolicy.PolicyDocument.Statement[].Principal) without a condition; name the principals or add a condition that restricts them`,
		"resource": "Jobs",
		"src": src,
	}}
	count(deny_for(statement(allow, t.w({"AWS": "*"}, "/p"), no_condition, t.w(["sqs:ReceiveMessage"], "/a")))) == 1
}

test_passes if {
	count(deny_for(statement(allow, t.w({"Service": "sns.amazonaws.com"}, "/p"), no_condition, t.w(["sqs:SendMessage"], "/a")))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.w(true, "/c"), t.w(["sqs:SendMessage"], "/a")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), t.w("*", "/p"), no_condition, t.w(["sqs:*"], "/a")))) == 0
	count(policy.deny) == 0 with input as t.aws("sqs", "queues", [with_policies(t.k("AWS::SQS::QueuePolicy.PolicyDocument", t.d([], "/Resources/Jobs")))])
}

test_unknown_does_not_fire if {
	count(deny_for(statement(allow, t.u("/p"), no_condition, t.w(["sqs:SendMessage"], "/a")))) == 0
	count(deny_for(statement(allow, t.w("*", "/p"), t.u("/c"), t.w(["sqs:SendMessage"], "/a")))) == 0
	count(policy.deny) == 0 with input as t.aws("sqs", "queues", [with_policies(t.k("AWS::SQS::QueuePolicy.PolicyDocument", t.u("/d")))])
}
