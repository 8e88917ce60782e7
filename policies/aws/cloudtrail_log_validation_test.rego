package shipgate.aws.cloudtrail_log_validation_test

import data.shipgate.aws.cloudtrail_log_validation as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	trail := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"log_file_validation": t.k("EnableLogFileValidation", v)})
	r := policy.deny with input as t.aws("cloudtrail", "trails", [trail])
}

test_fails if {
	deny_for(t.d(false, "/Resources/Trail")) == {{
		"msg": `trail "Trail" does not validate its log files, so changed or deleted log files go unnoticed; set EnableLogFileValidation to true`,
		"resource": "Trail",
		"src": "/Resources/Trail",
	}}
}

test_passes if {
	count(deny_for(t.w(true, "/Resources/Trail/Properties/EnableLogFileValidation"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Trail/Properties/EnableLogFileValidation"))) == 0
}
