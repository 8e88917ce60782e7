package shipgate.aws.docdb_encryption_test

import data.shipgate.aws.docdb_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DocDB::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"docdb": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.d(false, "/Resources/X"))})]) == {{
		"msg": `DocumentDB cluster "X" is not encrypted at rest; set StorageEncrypted to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.w(false, "/Resources/X/Properties/StorageEncrypted"))})]) == {{
		"msg": `DocumentDB cluster "X" is not encrypted at rest; set StorageEncrypted to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/StorageEncrypted",
	}}
}

test_passes if {
	count(deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.w(true, "/Resources/X/Properties/StorageEncrypted"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.u("/Resources/X/Properties/StorageEncrypted"))})])) == 0
}
