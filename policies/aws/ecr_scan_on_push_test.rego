package shipgate.aws.ecr_scan_on_push_test

import data.shipgate.aws.ecr_scan_on_push as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Images/Properties/ImageScanningConfiguration/ScanOnPush"

deny_for(scan) := r if {
	repo := object.union(t.res("Images", "AWS::ECR::Repository"), {"scan_on_push": t.k("ImageScanningConfiguration.ScanOnPush", scan)})
	r := policy.deny with input as t.aws("ecr", "repositories", [repo])
}

test_fails_by_default if {
	deny_for(t.d(false, "/Resources/Images")) == {{
		"msg": `repository "Images" does not turn on scan on push (ImageScanningConfiguration.ScanOnPush); set it to true, unless the registry's scanning configuration covers the repository`,
		"resource": "Images",
		"src": "/Resources/Images",
	}}
}

test_fails_when_off if {
	[r.src | some r in deny_for(t.w(false, attr))] == [attr]
}

test_passes_when_on if {
	count(deny_for(t.w(true, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
