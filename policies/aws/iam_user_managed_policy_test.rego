package shipgate.aws.iam_user_managed_policy_test

import data.shipgate.aws.iam_user_managed_policy as policy
import data.shipgate.lib.testing as t

user(arns) := object.union(t.res("Alice", "AWS::IAM::User"), {"managed_policy_arns": t.k("ManagedPolicyArns", arns)})

input_with(users, policies) := {"aws": {"iam": {"users": users, "policies": policies}}}

test_fails_on_user_managed_policy if {
	r := policy.deny with input as input_with([user(t.w(["arn:aws:iam::aws:policy/ReadOnlyAccess"], "/Resources/Alice/Properties/ManagedPolicyArns"))], [])
	r == {{
		"msg": `user "Alice" has managed policies attached directly (ManagedPolicyArns); attach them to a group the user belongs to, or give the workload a role`,
		"resource": "Alice",
		"src": "/Resources/Alice/Properties/ManagedPolicyArns",
	}}
}

test_fails_on_managed_policy_listing_a_user if {
	p := object.union(t.res("ReadPolicy", "AWS::IAM::ManagedPolicy"), {"attached_to": ["Alice"]})
	r := policy.deny with input as input_with([user(t.d([], "/Resources/Alice"))], [p])
	r == {{
		"msg": `managed policy "ReadPolicy" is attached directly to user "Alice" (Users); attach it to a group the user belongs to, or give the workload a role`,
		"resource": "ReadPolicy",
		"src": "/Resources/ReadPolicy",
	}}
}

test_passes if {
	count(policy.deny) == 0 with input as input_with([user(t.d([], "/Resources/Alice"))], [])
	p := object.union(t.res("ReadPolicy", "AWS::IAM::ManagedPolicy"), {"attached_to": ["Developers"]})
	count(policy.deny) == 0 with input as input_with([user(t.d([], "/Resources/Alice"))], [p])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as input_with([user(t.u("/Resources/Alice/Properties/ManagedPolicyArns"))], [])
	count(policy.deny) == 0 with input as input_with([user(t.w([null], "/Resources/Alice/Properties/ManagedPolicyArns"))], [])
}
