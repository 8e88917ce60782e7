# METADATA
# title: RDS database storage is not encrypted
# description: >-
#   Unencrypted database storage, snapshots and replicas expose the data to anyone who
#   obtains a snapshot copy or the underlying volume. Encryption cannot be turned on for
#   an existing instance without a snapshot-and-restore migration, so decide at creation.
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
#   frameworks: ["AWS-FSBP RDS.3", "AWS-FSBP RDS.27", "DevOps: data protection"]
#   aliases: ["CKV_AWS_16", "CKV_AWS_96", "AVD-AWS-0080", "AVD-AWS-0079"]
package shipgate.aws.rds_encryption

import data.shipgate.lib

# Instances that belong to a cluster carry an unknown storage_encrypted (the
# cluster decides), so only standalone instances and clusters are reported.
deny contains lib.result(msg, db, db.storage_encrypted) if {
	some kind, dbs in {"instance": input.aws.rds.instances, "cluster": input.aws.rds.clusters}
	some db in dbs
	lib.is_false(db.storage_encrypted)
	msg := sprintf("database %s %q does not encrypt its storage; set %s to true", [kind, db.resource, db.storage_encrypted.key])
}
