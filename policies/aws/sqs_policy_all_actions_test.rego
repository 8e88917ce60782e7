package shipgate.aws.sqs_policy_all_actions_test

import data.shipgate.aws.sqs_policy_all_actions as policy
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

principal := t.w({"AWS": "arn:aws:iam::111122223333:root"}, "/p")

test_fails_on_all_actions if {
	deny_for(statement(allow, principal, no_condition, t.w(["sqs:*"], "/a"))) == {{
		"msg": `SQS queue "Jobs" has a policy statement that allows every action ("sqs:*" in AWS::SQS::QueuePolicy.PolicyDocument.Statement[].Action); allow only the actions its principals need`,
		"resource": "Jobs",
		"src": "/a",
	}}
	count(deny_for(statement(allow, principal, t.w(true, "/c"), t.w(["sqs:SendMessage", "*"], "/a")))) == 1
	count(deny_for(statement(allow, principal, no_condition, t.w(["SQS:*"], "/a")))) == 1
}

test_passes if {
	count(deny_for(statement(allow, principal, no_condition, t.w(["sqs:SendMessage", "sqs:Get*"], "/a")))) == 0
	count(deny_for(statement(t.w("Deny", "/e"), principal, no_condition, t.w(["sqs:*"], "/a")))) == 0
	count(policy.deny) == 0 with input as t.aws("sqs", "queues", [with_policies(t.k("AWS::SQS::QueuePolicy.PolicyDocument", t.d([], "/Resources/Jobs")))])
}

test_unknown_does_not_fire if {
	count(deny_for(statement(allow, principal, no_condition, t.u("/a")))) == 0
	count(deny_for(statement(allow, principal, no_condition, t.w([null], "/a")))) == 0
	count(deny_for(statement(t.u("/e"), principal, no_condition, t.w(["sqs:*"], "/a")))) == 0
	count(policy.deny) == 0 with input as t.aws("sqs", "queues", [with_policies(t.k("AWS::SQS::QueuePolicy.PolicyDocument", t.u("/d")))])
}
