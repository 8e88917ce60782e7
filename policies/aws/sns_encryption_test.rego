package shipgate.aws.sns_encryption_test

import data.shipgate.aws.sns_encryption as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	topic := object.union(t.res("Alerts", "AWS::SNS::Topic"), {"kms_key": t.k("KmsMasterKeyId", v)})
	r := policy.deny with input as t.aws("sns", "topics", [topic])
}

test_fails_without_key if {
	deny_for(t.d(null, "/Resources/Alerts")) == {{
		"msg": `SNS topic "Alerts" is not encrypted with a KMS key; set KmsMasterKeyId`,
		"resource": "Alerts",
		"src": "/Resources/Alerts",
	}}
}

test_passes_with_key if {
	count(deny_for(t.w("alias/aws/sns", "/Resources/Alerts/Properties/KmsMasterKeyId"))) == 0
	count(deny_for(t.w("TopicKey", "/Resources/Alerts/Properties/KmsMasterKeyId"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Alerts/Properties/KmsMasterKeyId"))) == 0
}
