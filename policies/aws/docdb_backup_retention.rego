# METADATA
# title: DocumentDB cluster keeps automated backups for a day
# description: >-
#   Automated backups are what a cluster is restored from, to any second of the retention
#   period, after a bad migration, an accidental delete or corruption. DocumentDB keeps
#   them for 1 day unless told otherwise, which leaves no time to notice a problem before
#   the last good backup expires.
# custom:
#   id: AWS-DOCDB-005
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
#     resource "aws_docdb_cluster" "catalog" {
#       # ...
#       backup_retention_period = 7
#     }
#     ```
#   frameworks: ["aws-fsbp DocumentDB.2", "nist-800-53 CP-9", "nist-800-53 CP-10", "devops resilience"]
#   aliases: []
package shipgate.aws.docdb_backup_retention

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.backup_retention) if {
	some cluster in input.aws.docdb.clusters
	lib.known(cluster.backup_retention)
	cluster.backup_retention.value <= 1
	msg := sprintf("DocumentDB cluster %q keeps automated backups for %s%s; set %s to 7 days or more", [cluster.resource, days(cluster.backup_retention), lib.value_origin(cluster.backup_retention), cluster.backup_retention.key])
}

days(a) := "1 day, the default" if lib.missing(a)

days(a) := sprintf("%v day", [a.value]) if lib.written(a)
