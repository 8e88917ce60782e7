package shipgate.aws.sns_cmk_test

import data.shipgate.aws.sns_cmk as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	x := object.union(t.res("Alerts", "AWS::SNS::Topic"), {"kms_key": t.k("KmsMasterKeyId", v)})
	r := policy.deny with input as t.aws("sns", "topics", [x])
}

src := "/Resources/Alerts/Properties/KmsMasterKeyId"

test_fails_with_aws_managed_key if {
	deny_for(t.w("alias/aws/sns", src)) == {{
		"msg": `SNS topic "Alerts" is encrypted with the AWS managed key "alias/aws/sns", whose policy cannot limit who reads its messages; set KmsMasterKeyId to a customer managed key`,
		"resource": "Alerts",
		"src": src,
	}}
	count(deny_for(t.w("arn:aws:kms:eu-west-1:111122223333:alias/aws/sns", src))) == 1
}

test_passes_with_customer_key if {
	count(deny_for(t.w("MessagesKey", src))) == 0
	count(deny_for(t.w("alias/messages", src))) == 0
	count(deny_for(t.d(null, "/Resources/Alerts"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(src))) == 0
}
