package shipgate.aws.docdb_cmk_test

import data.shipgate.aws.docdb_cmk as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DocDB::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"docdb": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.w(true, "/Resources/X/Properties/StorageEncrypted")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})]) == {{
		"msg": `DocumentDB cluster "X" is encrypted with the AWS managed key; set KmsKeyId to a customer managed key`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.w(true, "/Resources/X/Properties/StorageEncrypted")), "kms_key": t.k("KmsKeyId", t.w("Key", "/Resources/X/Properties/KmsKeyId"))})])) == 0
	count(deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.d(false, "/Resources/X")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.w(true, "/Resources/X/Properties/StorageEncrypted")), "kms_key": t.k("KmsKeyId", t.u("/Resources/X/Properties/KmsKeyId"))})])) == 0
	count(deny_for([obj({"storage_encrypted": t.k("SnapshotIdentifier", t.u("/Resources/X/Properties/SnapshotIdentifier")), "kms_key": t.k("KmsKeyId", t.d(null, "/Resources/X"))})])) == 0
}
