package shipgate.aws.rds_backup_retention_test

import data.shipgate.aws.rds_backup_retention as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBInstance"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"instances": objs, "clusters": []}}}
}

test_fails if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "replica_source": t.k("SourceDBInstanceIdentifier", t.d(null, "/Resources/X")), "backup_retention": t.k("BackupRetentionPeriod", t.d(1, "/Resources/X"))})]) == {{
		"msg": `database instance "X" does not set BackupRetentionPeriod, so automated backups are kept for 1 day; keep automated backups for 7 days or more`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "replica_source": t.k("SourceDBInstanceIdentifier", t.d(null, "/Resources/X")), "backup_retention": t.k("BackupRetentionPeriod", t.w(0, "/Resources/X/Properties/BackupRetentionPeriod"))})]) == {{
		"msg": `database instance "X" sets BackupRetentionPeriod to 0, which turns automated backups off; keep automated backups for 7 days or more`,
		"resource": "X",
		"src": "/Resources/X/Properties/BackupRetentionPeriod",
	}}
}

test_passes if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "replica_source": t.k("SourceDBInstanceIdentifier", t.d(null, "/Resources/X")), "backup_retention": t.k("BackupRetentionPeriod", t.w(7, "/Resources/X/Properties/BackupRetentionPeriod"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.w("Aurora", "/Resources/X/Properties/DBClusterIdentifier")), "replica_source": t.k("SourceDBInstanceIdentifier", t.d(null, "/Resources/X")), "backup_retention": t.k("BackupRetentionPeriod", t.d(1, "/Resources/X"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "replica_source": t.k("SourceDBInstanceIdentifier", t.w("Primary", "/Resources/X/Properties/SourceDBInstanceIdentifier")), "backup_retention": t.k("BackupRetentionPeriod", t.w(0, "/Resources/X/Properties/BackupRetentionPeriod"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.d(null, "/Resources/X")), "replica_source": t.k("SourceDBInstanceIdentifier", t.d(null, "/Resources/X")), "backup_retention": t.k("BackupRetentionPeriod", t.u("/Resources/X/Properties/BackupRetentionPeriod"))})])) == 0
	count(deny_for([obj({"cluster": t.k("DBClusterIdentifier", t.u("/Resources/X/Properties/DBClusterIdentifier")), "replica_source": t.k("SourceDBInstanceIdentifier", t.d(null, "/Resources/X")), "backup_retention": t.k("BackupRetentionPeriod", t.d(1, "/Resources/X"))})])) == 0
}
