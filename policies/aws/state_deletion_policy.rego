# METADATA
# title: Stateful resource is deleted with its stack
# description: >-
#   With DeletionPolicy Delete, deleting the stack (or a refactoring that renames the
#   logical id) destroys the database or table and its data. Retain or Snapshot keeps
#   the data when the resource leaves the template; in Terraform,
#   lifecycle.prevent_destroy stops an accidental destroy. Deletion protection
#   (DeletionProtection, DeletionProtectionEnabled) makes the delete fail instead, so a
#   protected resource is not reported. An S3 bucket is only destroyed with its objects
#   where they are deleted first: CloudFormation never does (deleting a bucket that holds
#   objects fails), Terraform does with force_destroy, so only such a bucket is reported.
# custom:
#   id: AWS-STATE-001
#   severity: medium
#   input: aws
#   remediation: |
#     Keep the data when the resource is removed or replaced: retain it (a final snapshot
#     for RDS), or in Terraform refuse to destroy it.
#
#     CloudFormation:
#     ```yaml
#     Orders:
#       Type: AWS::DynamoDB::Table
#       DeletionPolicy: Retain          # Snapshot for RDS
#       UpdateReplacePolicy: Retain
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_dynamodb_table" "orders" {
#       # ...
#       lifecycle {
#         prevent_destroy = true
#       }
#     }
#     # RDS: also deletion_protection = true, and skip_final_snapshot = false
#     # with a final_snapshot_identifier
#     ```
#   frameworks: ["devops resilience"]
package shipgate.aws.state_deletion_policy

import data.shipgate.lib

# Any deletion policy other than Delete keeps the data (Retain, Snapshot,
# RetainExceptOnCreate), so only a known Delete is reported, and not for a
# resource whose deletion protection makes the delete fail.
deny contains lib.result(msg, r, r.deletion_policy) if {
	some [kind, r] in stateful
	lib.has_value(r.deletion_policy, "Delete")
	not lib.is_true(r.deletion_protection)
	msg := sprintf("%s %q loses its data when it is deleted (%s); %s", [kind, r.resource, r.deletion_policy.key, keep[kind]])
}

# A bucket loses its objects only when they are deleted before it: force_destroy.
deny contains lib.result(msg, b, b.force_destroy) if {
	some b in input.aws.s3.buckets
	lib.has_value(b.deletion_policy, "Delete")
	lib.is_true(b.force_destroy)
	msg := sprintf("bucket %q is destroyed with its objects (%s is true); turn it off, or refuse to destroy the bucket", [b.resource, b.force_destroy.key])
}

# stateful is every resource whose data goes with it, keyed by a name for
# messages.
stateful contains ["database cluster", c] if some c in input.aws.rds.clusters

stateful contains ["table", t] if some t in input.aws.dynamodb.tables

# An instance inside a cluster holds no data of its own: the cluster does. An
# instance whose cluster membership is unknown is skipped.
stateful contains ["database instance", i] if {
	some i in input.aws.rds.instances
	lib.is_null(i.cluster)
}

# keep says what to do instead, by kind.
keep := {
	"database cluster": "retain it or keep a final snapshot",
	"database instance": "retain it or keep a final snapshot",
	"table": "retain it",
}
