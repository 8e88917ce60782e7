package shipgate.aws.guardduty_detector_disabled_test

import data.shipgate.aws.guardduty_detector_disabled as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Detector/Properties/Enable"

deny_for(enabled) := r if {
	d := object.union(t.res("Detector", "AWS::GuardDuty::Detector"), {"enabled": t.k("Enable", enabled)})
	r := policy.deny with input as t.aws("guardduty", "detectors", [d])
}

test_fails_when_disabled if {
	deny_for(t.w(false, attr)) == {{
		"msg": `GuardDuty detector "Detector" is disabled (Enable is false); enable it`,
		"resource": "Detector",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w(true, attr))) == 0
	count(deny_for(t.d(true, "/Resources/Detector"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
