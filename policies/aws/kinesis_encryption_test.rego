package shipgate.aws.kinesis_encryption_test

import data.shipgate.aws.kinesis_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Kinesis::Stream"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"kinesis": {"streams": objs}}}
}

test_fails if {
	deny_for([obj({"encryption_type": t.k("StreamEncryption.EncryptionType", t.d("NONE", "/Resources/X"))})]) == {{
		"msg": `stream "X" is not encrypted at rest; set StreamEncryption.EncryptionType to KMS`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"encryption_type": t.k("StreamEncryption.EncryptionType", t.w("KMS", "/Resources/X/Properties/StreamEncryption/EncryptionType"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"encryption_type": t.k("StreamEncryption.EncryptionType", t.u("/Resources/X/Properties/StreamEncryption/EncryptionType"))})])) == 0
}
