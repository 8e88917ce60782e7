# METADATA
# title: RDS database keeps automated backups for a day or less
# description: >-
#   Automated backups are what a database is restored from after a bad migration, an
#   accidental delete or corruption. RDS keeps them for 1 day unless told otherwise, and 0
#   turns them off together with point-in-time recovery. A retention of 7 days or more
#   leaves time to notice a problem before the last good backup expires. Read replicas and
#   the instances of an Aurora cluster take their backups from the source or the cluster
#   and are not reported.
# custom:
#   id: AWS-RDS-003
#   severity: medium
#   input: aws
#   remediation: |
#     Keep automated backups for at least 7 days (up to 35).
#
#     CloudFormation:
#     ```yaml
#     BackupRetentionPeriod: 7
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       backup_retention_period = 7
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.11", "nist-800-53 CP-9", "nist-800-53 CP-10", "devops resilience"]
#   aliases: ["AVD-AWS-0077", "CKV_AWS_133"]
package shipgate.aws.rds_backup_retention

import data.shipgate.lib

# Read replicas and the instances of a cluster take their backups from the
# source or the cluster; only primaries and clusters are reported.
deny contains lib.result(msg, db, db.backup_retention) if {
	some db in input.aws.rds.instances
	lib.is_null(db.cluster)
	lib.is_null(db.replica_source)
	some why in short_retention(db.backup_retention)
	msg := sprintf("database instance %q %s; keep automated backups for 7 days or more", [db.resource, why])
}

deny contains lib.result(msg, db, db.backup_retention) if {
	some db in input.aws.rds.clusters
	some why in short_retention(db.backup_retention)
	msg := sprintf("database cluster %q %s; keep automated backups for 7 days or more", [db.resource, why])
}

short_retention(a) := {sprintf("does not set %s, so automated backups are kept for 1 day", [a.key])} if {
	lib.missing(a)
	a.value == 1
}

short_retention(a) := {sprintf("sets %s to 0, which turns automated backups off", [a.key])} if {
	lib.written(a)
	a.value == 0
}

short_retention(a) := {sprintf("sets %s to 1 day", [a.key])} if {
	lib.written(a)
	a.value == 1
}
