package shipgate.aws.redshift_cmk_test

import data.shipgate.aws.redshift_cmk as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Redshift::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"redshift": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"encrypted": t.k("Encrypted", t.w(true, "/Resources/X/Properties/Encrypted")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})]) == {{
		"msg": `Redshift cluster "X" is not encrypted with a customer managed key; set KmsKeyId to one`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"encrypted": t.k("Encrypted", t.d(null, "/Resources/X")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})]) == {{
		"msg": `Redshift cluster "X" is not encrypted with a customer managed key; set KmsKeyId to one`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.w(true, "/Resources/X/Properties/Encrypted")), "kms_key": t.k("KmsKeyId", t.w("WarehouseKey", "/Resources/X/Properties/KmsKeyId"))})])) == 0
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.w(false, "/Resources/X/Properties/Encrypted")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.w(true, "/Resources/X/Properties/Encrypted")), "kms_key": t.k("KmsKeyId", t.u("/Resources/X/Properties/KmsKeyId"))})])) == 0
	count(deny_for([obj({"encrypted": t.k("SnapshotIdentifier", t.u("/Resources/X/Properties/SnapshotIdentifier")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})])) == 0
}
