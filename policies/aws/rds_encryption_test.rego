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
			"msg": `database instance "Db" does not set StorageEncrypted, and RDS creates a DB instance unencrypted unless it is true; set it to true`,
			"resource": "Db",
			"src": "/Resources/Db",
		},
		{
			"msg": `database cluster "Aurora" sets StorageEncrypted to false; set it to true`,
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

	# restored from a snapshot or a read replica: the source decides
	count(deny_for([db("Replica", "AWS::RDS::DBInstance", t.u("/Resources/Replica/Properties/SourceDBInstanceIdentifier"))], [])) == 0
	count(deny_for([], [db("Restored", "AWS::RDS::DBCluster", t.u("/Resources/Restored/Properties/SnapshotIdentifier"))])) == 0
}

test_multi_az_cluster_default if {
	r := deny_for([], [db("Orders", "AWS::RDS::DBCluster", t.d(false, "/Resources/Orders"))])
	r == {{
		"msg": `database cluster "Orders" does not set StorageEncrypted, and RDS creates a Multi-AZ DB cluster unencrypted unless it is true; set it to true`,
		"resource": "Orders",
		"src": "/Resources/Orders",
	}}
}

# Aurora encrypts every new cluster since 2026-02-18: the adapter reads the
# default as true.
test_aurora_default_passes if {
	count(deny_for([], [db("Aurora", "AWS::RDS::DBCluster", t.d(true, "/Resources/Aurora"))])) == 0
}
