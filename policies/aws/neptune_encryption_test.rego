package shipgate.aws.neptune_encryption_test

import data.shipgate.aws.neptune_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Neptune::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"neptune": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.d(false, "/Resources/X"))})]) == {{
		"msg": `Neptune cluster "X" is not encrypted at rest; set StorageEncrypted to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"storage_encrypted": t.k("StorageEncrypted", t.w(false, "/Resources/X/Properties/StorageEncrypted"))})]) == {{
		"msg": `Neptune cluster "X" is not encrypted at rest; set StorageEncrypted to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/StorageEncrypted",
	}}
}

test_fails_3 if {
	deny_for([obj({"storage_encrypted": object.union(t.k("StorageEncrypted", t.w(false, "/Resources/X/Properties/StorageEncrypted")), {"param": {"kind": "parameter", "name": "Encrypt", "default": true}})})]) == {{
		"msg": `Neptune cluster "X" is not encrypted at rest, the default of parameter Encrypt; set StorageEncrypted to true`,
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
