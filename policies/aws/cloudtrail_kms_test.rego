package shipgate.aws.cloudtrail_kms_test

import data.shipgate.aws.cloudtrail_kms as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	trail := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"kms_key": t.k("KMSKeyId", v)})
	r := policy.deny with input as t.aws("cloudtrail", "trails", [trail])
}

test_fails if {
	deny_for(t.d(null, "/Resources/Trail")) == {{
		"msg": `trail "Trail" does not encrypt its log files with a KMS key; set KMSKeyId to a customer managed key`,
		"resource": "Trail",
		"src": "/Resources/Trail",
	}}
}

test_passes if {
	count(deny_for(t.w("TrailKey", "/Resources/Trail/Properties/KMSKeyId"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Trail/Properties/KMSKeyId"))) == 0
}
