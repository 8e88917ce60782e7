package shipgate.aws.iam_user_inline_policy_test

import data.shipgate.aws.iam_user_inline_policy as policy
import data.shipgate.lib.testing as t

pol(id, type, name, attached) := object.union(t.res(id, type), {
	"src": sprintf("/Resources/%s/Properties/PolicyDocument", [id]),
	"name": t.k("PolicyName", name),
	"attached_to": attached,
})

input_with(policies) := {"aws": {"iam": {"users": [t.res("Alice", "AWS::IAM::User")], "policies": policies}}}

test_fails_on_user_inline_policy if {
	p := object.union(pol("Alice", "AWS::IAM::User", t.w("reports", "/n"), ["Alice"]), {"src": "/Resources/Alice/Properties/Policies/0/PolicyDocument"})
	r := policy.deny with input as input_with([p])
	r == {{
		"msg": `user "Alice" has an inline policy "reports"; grant the permissions through a group the user belongs to, or give the workload a role`,
		"resource": "Alice",
		"src": "/Resources/Alice/Properties/Policies/0/PolicyDocument",
	}}
}

test_fails_on_policy_resources if {
	r1 := policy.deny with input as input_with([pol("aws_iam_user_policy.alice", "aws_iam_user_policy", t.w("reports", "/n"), [])])
	[x.msg | some x in r1] == [`"aws_iam_user_policy.alice" is an inline policy of a user; grant the permissions through a group the user belongs to, or give the workload a role`]
	r := policy.deny with input as input_with([pol("Reports", "AWS::IAM::Policy", t.w("reports", "/n"), ["Alice", "Developers"])])
	[x.msg | some x in r] == [`policy "Reports" is embedded in user "Alice" (Users); grant the permissions through a group the user belongs to, or give the workload a role`]
}

test_passes if {
	count(policy.deny) == 0 with input as input_with([pol("Reports", "AWS::IAM::Policy", t.w("reports", "/n"), ["Developers"])])
	count(policy.deny) == 0 with input as input_with([pol("App", "AWS::IAM::Role", t.w("app", "/n"), ["App"])])
}

test_unknown_does_not_fire if {
	# a policy whose users cannot be resolved lists none
	count(policy.deny) == 0 with input as input_with([pol("Reports", "AWS::IAM::Policy", t.u("/n"), [])])
}
