package shipgate.aws.s3_mfa_delete_test

import data.shipgate.aws.s3_mfa_delete as policy
import data.shipgate.lib.testing as t

deny_for(enabled, mfa) := r if {
	b := object.union(t.res("Records", "AWS::S3::Bucket"), {"versioning": {
		"enabled": t.k("VersioningConfiguration.Status", enabled),
		"mfa_delete": t.k("VersioningConfiguration", mfa),
	}})
	r := policy.deny with input as t.aws("s3", "buckets", [b])
}

versioned := t.w(true, "/Resources/Records/Properties/VersioningConfiguration/Status")

test_fails_without_mfa_delete if {
	deny_for(versioned, t.d(false, "/Resources/Records/Properties/VersioningConfiguration")) == {{
		"msg": `bucket "Records" is versioned but does not require MFA to delete versions (VersioningConfiguration); have the root user enable MFA delete`,
		"resource": "Records",
		"src": "/Resources/Records/Properties/VersioningConfiguration",
	}}
}

test_passes if {
	count(deny_for(versioned, t.w(true, "/m"))) == 0
	count(deny_for(t.d(false, "/Resources/Records"), t.d(false, "/Resources/Records"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/s"), t.d(false, "/m"))) == 0
	count(deny_for(versioned, t.u("/m"))) == 0
}
