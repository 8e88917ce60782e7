package shipgate.aws.s3_object_lock_test

import data.shipgate.aws.s3_object_lock as policy
import data.shipgate.lib.testing as t

deny_for(lock) := r if {
	b := object.union(t.res("Audit", "AWS::S3::Bucket"), {"object_lock_enabled": t.k("ObjectLockEnabled", lock)})
	r := policy.deny with input as t.aws("s3", "buckets", [b])
}

test_fails_without_object_lock if {
	deny_for(t.d(false, "/Resources/Audit")) == {{
		"msg": `bucket "Audit" does not have Object Lock enabled (ObjectLockEnabled); create it with Object Lock to keep its objects immutable`,
		"resource": "Audit",
		"src": "/Resources/Audit",
	}}
}

test_passes_with_object_lock if {
	count(deny_for(t.w(true, "/Resources/Audit/Properties/ObjectLockEnabled"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Audit/Properties/ObjectLockEnabled"))) == 0
}
