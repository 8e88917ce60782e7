package shipgate.aws.cloudtrail_logging_test

import data.shipgate.aws.cloudtrail_logging as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	trail := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"logging": t.k("IsLogging", v)})
	r := policy.deny with input as t.aws("cloudtrail", "trails", [trail])
}

test_fails if {
	deny_for(t.w(false, "/Resources/Trail/Properties/IsLogging")) == {{
		"msg": `trail "Trail" is not logging, so it records no API activity; set IsLogging to true`,
		"resource": "Trail",
		"src": "/Resources/Trail/Properties/IsLogging",
	}}
}

test_passes if {
	count(deny_for(t.w(true, "/Resources/Trail/Properties/IsLogging"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Trail/Properties/IsLogging"))) == 0
}

test_terraform_default_passes if {
	count(deny_for(t.d(true, "/Resources/Trail"))) == 0
}
