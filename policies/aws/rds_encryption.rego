# METADATA
# title: RDS database storage is not encrypted
# description: >-
#   Unencrypted database storage, snapshots and replicas expose the data to anyone who
#   obtains a snapshot copy or the underlying volume. Encryption cannot be turned on for
#   an existing instance without a snapshot-and-restore migration, so decide at creation.
#   RDS creates DB instances and Multi-AZ DB clusters unencrypted unless StorageEncrypted
#   is true; Aurora encrypts every new cluster since February 2026. A database restored
#   from a snapshot or created as a read replica inherits its source's encryption and is
#   not reported.
# custom:
#   id: AWS-RDS-001
#   severity: high
#   input: aws
#   remediation: |
#     Encrypt the storage (on the cluster for Aurora; its instances inherit it); without a
#     key, the AWS managed aws/rds key is used.
#
#     CloudFormation:
#     ```yaml
#     StorageEncrypted: true
#     KmsKeyId: !Ref DatabaseKey
#     ```
#
#     Terraform:
#     ```hcl
#     # the same two arguments on aws_rds_cluster for Aurora
#     resource "aws_db_instance" "db" {
#       # ...
#       storage_encrypted = true
#       kms_key_id        = aws_kms_key.db.arn
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.3", "aws-fsbp RDS.27", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["CKV_AWS_16", "CKV_AWS_96", "AVD-AWS-0080", "AVD-AWS-0079", "F26", "F27", "RDS_STORAGE_ENCRYPTED"]
package shipgate.aws.rds_encryption

import data.shipgate.lib

# Instances that belong to a cluster, restores and replicas carry an unknown
# storage_encrypted (their source decides), so only databases created empty
# are reported.
deny contains lib.result(msg, db, db.storage_encrypted) if {
	some kind, dbs in {"instance": input.aws.rds.instances, "cluster": input.aws.rds.clusters}
	some db in dbs
	lib.is_false(db.storage_encrypted)
	msg := sprintf("database %s %q %s; set it to true", [kind, db.resource, unencrypted(kind, db.storage_encrypted)])
}

unencrypted(_, a) := sprintf("sets %s to false", [a.key]) if lib.written(a)

unencrypted(kind, a) := sprintf("does not set %s, and RDS creates a %s unencrypted unless it is true", [a.key, created(kind)]) if lib.missing(a)

created("instance") := "DB instance"

created("cluster") := "Multi-AZ DB cluster"
