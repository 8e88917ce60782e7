package shipgate.aws.dynamodb_deletion_protection_test

import data.shipgate.aws.dynamodb_deletion_protection as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DynamoDB::Table"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"dynamodb": {"tables": objs}}}
}

test_fails if {
	deny_for([obj({"deletion_protection": t.k("DeletionProtectionEnabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `table "X" has no deletion protection; set DeletionProtectionEnabled to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"deletion_protection": t.k("DeletionProtectionEnabled", t.w(false, "/Resources/X/Properties/DeletionProtectionEnabled"))})]) == {{
		"msg": `table "X" has no deletion protection; set DeletionProtectionEnabled to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/DeletionProtectionEnabled",
	}}
}

test_passes if {
	count(deny_for([obj({"deletion_protection": t.k("DeletionProtectionEnabled", t.w(true, "/Resources/X/Properties/DeletionProtectionEnabled"))})])) == 0
	count(deny_for([obj({"deletion_protection": t.k("DeletionProtectionEnabled", t.d(false, "/Resources/X")), "type": "AWS::DynamoDB::GlobalTable"})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"deletion_protection": t.k("DeletionProtectionEnabled", t.u("/Resources/X/Properties/DeletionProtectionEnabled"))})])) == 0
}
