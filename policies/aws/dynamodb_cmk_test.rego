package shipgate.aws.dynamodb_cmk_test

import data.shipgate.aws.dynamodb_cmk as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DynamoDB::Table"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"dynamodb": {"tables": objs}}}
}

test_fails if {
	deny_for([obj({"kms_key": t.k("SSESpecification.KMSMasterKeyId", t.d(null, "/Resources/X")), "sse_enabled": t.k("SSESpecification.SSEEnabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `table "X" is encrypted with a key AWS owns; set SSESpecification.SSEEnabled to true with a customer managed key`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"kms_key": t.k("SSESpecification.KMSMasterKeyId", t.d(null, "/Resources/X/Properties/SSESpecification")), "sse_enabled": t.k("SSESpecification.SSEEnabled", t.w(true, "/Resources/X/Properties/SSESpecification/SSEEnabled"))})]) == {{
		"msg": `table "X" is encrypted with the AWS managed key aws/dynamodb; set SSESpecification.KMSMasterKeyId to a customer managed key`,
		"resource": "X",
		"src": "/Resources/X/Properties/SSESpecification",
	}}
}

test_fails_3 if {
	deny_for([obj({"kms_key": t.k("SSESpecification.KMSMasterKeyId", t.w("alias/aws/dynamodb", "/Resources/X/Properties/SSESpecification/KMSMasterKeyId")), "sse_enabled": t.k("SSESpecification.SSEEnabled", t.w(true, "/Resources/X/Properties/SSESpecification/SSEEnabled"))})]) == {{
		"msg": `table "X" is encrypted with the AWS managed key aws/dynamodb; set SSESpecification.KMSMasterKeyId to a customer managed key`,
		"resource": "X",
		"src": "/Resources/X/Properties/SSESpecification/KMSMasterKeyId",
	}}
}

test_passes if {
	count(deny_for([obj({"kms_key": t.k("SSESpecification.KMSMasterKeyId", t.w("TableKey", "/Resources/X/Properties/SSESpecification/KMSMasterKeyId")), "sse_enabled": t.k("SSESpecification.SSEEnabled", t.w(true, "/Resources/X/Properties/SSESpecification/SSEEnabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"kms_key": t.k("SSESpecification.KMSMasterKeyId", t.d(null, "/Resources/X")), "sse_enabled": t.k("SSESpecification.SSEEnabled", t.u("/Resources/X/Properties/SSESpecification/SSEEnabled"))})])) == 0
	count(deny_for([obj({"kms_key": t.k("SSESpecification.KMSMasterKeyId", t.u("/Resources/X/Properties/SSESpecification/KMSMasterKeyId")), "sse_enabled": t.k("SSESpecification.SSEEnabled", t.w(true, "/Resources/X/Properties/SSESpecification/SSEEnabled"))})])) == 0
}
