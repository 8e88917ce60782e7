package shipgate.aws.ecr_public_policy_test

import data.shipgate.aws.ecr_public_policy as policy
import data.shipgate.lib.testing as t

stmt := "/Resources/Images/Properties/RepositoryPolicyText/Statement/0"

statement(principal, has_condition) := {
	"src": stmt,
	"effect": t.k("RepositoryPolicyText.Statement[].Effect", t.w("Allow", concat("/", [stmt, "Effect"]))),
	"principals": t.k("RepositoryPolicyText.Statement[].Principal", principal),
	"has_condition": t.k("RepositoryPolicyText.Statement[].Condition", has_condition),
}

deny_for(policies) := r if {
	repo := object.union(t.res("Images", "AWS::ECR::Repository"), {"policies": t.k("RepositoryPolicyText", policies)})
	r := policy.deny with input as t.aws("ecr", "repositories", [repo])
}

docs(s) := t.w([{"src": "/Resources/Images/Properties/RepositoryPolicyText", "state": "written", "statements": [s]}], "/Resources/Images/Properties/RepositoryPolicyText")

no_condition := t.d(false, stmt)

test_fails_for_anyone if {
	deny_for(docs(statement(t.w("*", concat("/", [stmt, "Principal"])), no_condition))) == {{
		"msg": `repository "Images" has a policy statement that allows any principal (RepositoryPolicyText.Statement[].Principal) without a condition; name the accounts that may use it or restrict it to your organization`,
		"resource": "Images",
		"src": stmt,
	}}
	count(deny_for(docs(statement(t.w({"AWS": ["arn:aws:iam::123456789012:root", "*"]}, concat("/", [stmt, "Principal"])), no_condition)))) == 1
}

test_passes if {
	count(deny_for(docs(statement(t.w({"AWS": "arn:aws:iam::123456789012:root"}, concat("/", [stmt, "Principal"])), no_condition)))) == 0
	count(deny_for(docs(statement(t.w("*", concat("/", [stmt, "Principal"])), t.w(true, concat("/", [stmt, "Condition"])))))) == 0
	count(deny_for(t.d([], "/Resources/Images"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Images"))) == 0
	count(deny_for(docs(statement(t.u(concat("/", [stmt, "Principal"])), no_condition)))) == 0
}
