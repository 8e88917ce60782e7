package shipgate.aws.iam_user_multiple_keys_test

import data.shipgate.aws.iam_user_multiple_keys as policy
import data.shipgate.lib.testing as t

key(id, user, status) := object.union(t.res(id, "AWS::IAM::AccessKey"), {
	"user": t.k("UserName", user),
	"status": t.k("Status", status),
})

deployer := t.w("Deployer", "/u")

active(id) := t.d("Active", sprintf("/Resources/%s", [id]))

test_fails_on_two_active_keys if {
	r := policy.deny with input as t.aws("iam", "access_keys", [key("KeyA", deployer, active("KeyA")), key("KeyB", deployer, active("KeyB"))])
	r == {
		{
			"msg": `user "Deployer" has 2 active access keys (KeyA, KeyB); keep one active key and deactivate the others (Status)`,
			"resource": "KeyA",
			"src": "/Resources/KeyA",
		},
		{
			"msg": `user "Deployer" has 2 active access keys (KeyA, KeyB); keep one active key and deactivate the others (Status)`,
			"resource": "KeyB",
			"src": "/Resources/KeyB",
		},
	}
}

test_passes if {
	count(policy.deny) == 0 with input as t.aws("iam", "access_keys", [key("KeyA", deployer, active("KeyA")), key("KeyB", deployer, t.w("Inactive", "/s"))])
	count(policy.deny) == 0 with input as t.aws("iam", "access_keys", [key("KeyA", deployer, active("KeyA")), key("KeyB", t.w("Builder", "/u"), active("KeyB"))])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as t.aws("iam", "access_keys", [key("KeyA", deployer, active("KeyA")), key("KeyB", t.u("/u"), active("KeyB"))])
	count(policy.deny) == 0 with input as t.aws("iam", "access_keys", [key("KeyA", deployer, active("KeyA")), key("KeyB", deployer, t.u("/s"))])
}
