package shipgate.aws.msk_cmk_test

import data.shipgate.aws.msk_cmk as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::MSK::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"msk": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"kms_key": t.k("EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId", t.d(null, "/Resources/X"))})]) == {{
		"msg": `MSK cluster "X" encrypts its data with a key AWS manages; set EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId to a customer managed key`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"kms_key": t.k("EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId", t.w("EventsKey", "/Resources/X/Properties/EncryptionInfo/EncryptionAtRest/DataVolumeKMSKeyId"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"kms_key": t.k("EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId", t.u("/Resources/X/Properties/EncryptionInfo/EncryptionAtRest/DataVolumeKMSKeyId"))})])) == 0
}
