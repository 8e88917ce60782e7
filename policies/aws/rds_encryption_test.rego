package shipgate.aws.rds_encryption_test

import data.shipgate.aws.rds_encryption as policy
import data.shipgate.lib.testing as t

db(id, type, enc) := object.union(t.res(id, type), {"storage_encrypted": t.k("StorageEncrypted", enc)})

deny_for(instances, clusters) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": instances, "clusters": clusters}}}
}

test_fails_for_instance_and_cluster if {
	r := deny_for(
		[db("Db", "AWS::RDS::DBInstance", t.d(false, "/Resources/Db"))],
		[db("Aurora", "AWS::RDS::DBCluster", t.w(false, "/Resources/Aurora/Properties/StorageEncrypted"))],
	)
	r == {
		{
			"msg": `database instance "Db" does not encrypt its storage; set StorageEncrypted to true`,
			"resource": "Db",
			"src": "/Resources/Db",
		},
		{
			"msg": `database cluster "Aurora" does not encrypt its storage; set StorageEncrypted to true`,
			"resource": "Aurora",
			"src": "/Resources/Aurora/Properties/StorageEncrypted",
		},
	}
}

test_passes_when_encrypted if {
	count(deny_for([db("Db", "AWS::RDS::DBInstance", t.w(true, "/Resources/Db/Properties/StorageEncrypted"))], [])) == 0
}

test_unknown_does_not_fire if {
	# an Aurora instance: its cluster decides
	count(deny_for([db("Writer", "AWS::RDS::DBInstance", t.u("/Resources/Writer"))], [])) == 0
	count(deny_for([], [db("Aurora", "AWS::RDS::DBCluster", t.u("/Resources/Aurora/Properties/StorageEncrypted"))])) == 0
}
