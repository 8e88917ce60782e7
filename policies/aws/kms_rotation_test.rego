package shipgate.aws.kms_rotation_test

import data.shipgate.aws.kms_rotation as policy
import data.shipgate.lib.testing as t

key(rotation, spec, usage, origin) := object.union(t.res("DataKey", "AWS::KMS::Key"), {
	"rotation_enabled": t.k("EnableKeyRotation", rotation),
	"key_spec": t.k("KeySpec", spec),
	"key_usage": t.k("KeyUsage", usage),
	"origin": t.k("Origin", origin),
})

symmetric := t.d("SYMMETRIC_DEFAULT", "/Resources/DataKey")

encrypt := t.d("ENCRYPT_DECRYPT", "/Resources/DataKey")

kms := t.d("AWS_KMS", "/Resources/DataKey")

deny_for(k) := r if {
	r := policy.deny with input as t.aws("kms", "keys", [k])
}

test_fails_without_rotation if {
	deny_for(key(t.d(false, "/Resources/DataKey"), symmetric, encrypt, kms)) == {{
		"msg": `KMS key "DataKey" does not rotate its key material (EnableKeyRotation); turn automatic rotation on`,
		"resource": "DataKey",
		"src": "/Resources/DataKey",
	}}
	count(deny_for(key(t.w(false, "/r"), t.w("SYMMETRIC_DEFAULT", "/s"), encrypt, kms))) == 1
}

test_passes if {
	count(deny_for(key(t.w(true, "/r"), symmetric, encrypt, kms))) == 0
	count(deny_for(key(t.d(false, "/r"), t.w("RSA_2048", "/s"), t.w("SIGN_VERIFY", "/u"), kms))) == 0
	count(deny_for(key(t.d(false, "/r"), t.w("HMAC_256", "/s"), t.w("GENERATE_VERIFY_MAC", "/u"), kms))) == 0
	count(deny_for(key(t.d(false, "/r"), symmetric, encrypt, t.w("EXTERNAL", "/o")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(key(t.u("/r"), symmetric, encrypt, kms))) == 0
	count(deny_for(key(t.d(false, "/r"), t.u("/s"), encrypt, kms))) == 0
	count(deny_for(key(t.d(false, "/r"), symmetric, encrypt, t.u("/o")))) == 0
}
