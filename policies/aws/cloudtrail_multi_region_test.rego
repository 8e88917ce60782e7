package shipgate.aws.cloudtrail_multi_region_test

import data.shipgate.aws.cloudtrail_multi_region as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	trail := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"multi_region": t.k("IsMultiRegionTrail", v)})
	r := policy.deny with input as t.aws("cloudtrail", "trails", [trail])
}

test_fails_by_default if {
	deny_for(t.d(false, "/Resources/Trail")) == {{
		"msg": `trail "Trail" records the API activity of one Region only; set IsMultiRegionTrail to true`,
		"resource": "Trail",
		"src": "/Resources/Trail",
	}}
	count(deny_for(t.w(false, "/Resources/Trail/Properties/IsMultiRegionTrail"))) == 1
}

test_passes_when_multi_region if {
	count(deny_for(t.w(true, "/Resources/Trail/Properties/IsMultiRegionTrail"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Trail/Properties/IsMultiRegionTrail"))) == 0
}
