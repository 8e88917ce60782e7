package shipgate.aws.guardduty_feature_disabled_test

import data.shipgate.aws.guardduty_feature_disabled as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Detector/Properties/Features/0/Status"

deny_for(name, status) := r if {
	f := object.union(t.res("Detector", "AWS::GuardDuty::Detector"), {
		"src": "/Resources/Detector/Properties/Features/0",
		"name": t.k("Features[].Name", name),
		"status": t.k("Features[].Status", status),
	})
	r := policy.deny with input as t.aws("guardduty", "detector_features", [f])
}

test_fails_when_disabled if {
	deny_for(t.w("S3_DATA_EVENTS", "/n"), t.w("DISABLED", attr)) == {{
		"msg": `GuardDuty detector "Detector" turns the S3_DATA_EVENTS protection plan off (Features[].Status is DISABLED); enable it`,
		"resource": "Detector",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w("S3_DATA_EVENTS", "/n"), t.w("ENABLED", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.w("S3_DATA_EVENTS", "/n"), t.u(attr))) == 0

	# The plan's name is not needed to report it.
	count(deny_for(t.u("/n"), t.w("DISABLED", attr))) == 1
}
