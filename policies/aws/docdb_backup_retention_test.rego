package shipgate.aws.docdb_backup_retention_test

import data.shipgate.aws.docdb_backup_retention as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DocDB::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"docdb": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"backup_retention": t.k("BackupRetentionPeriod", t.d(1, "/Resources/X"))})]) == {{
		"msg": `DocumentDB cluster "X" keeps automated backups for 1 day, the default; set BackupRetentionPeriod to 7 days or more`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"backup_retention": t.k("BackupRetentionPeriod", t.w(1, "/Resources/X/Properties/BackupRetentionPeriod"))})]) == {{
		"msg": `DocumentDB cluster "X" keeps automated backups for 1 day; set BackupRetentionPeriod to 7 days or more`,
		"resource": "X",
		"src": "/Resources/X/Properties/BackupRetentionPeriod",
	}}
}

test_passes if {
	count(deny_for([obj({"backup_retention": t.k("BackupRetentionPeriod", t.w(7, "/Resources/X/Properties/BackupRetentionPeriod"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"backup_retention": t.k("BackupRetentionPeriod", t.u("/Resources/X/Properties/BackupRetentionPeriod"))})])) == 0
}
