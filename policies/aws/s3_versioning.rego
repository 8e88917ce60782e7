# METADATA
# title: S3 bucket has versioning disabled
# description: >-
#   Without versioning an overwrite or delete destroys the only copy of an object, so a
#   faulty deployment, a script bug or ransomware cannot be undone. Versioning is also
#   required for replication and for S3 Object Lock.
# custom:
#   id: AWS-S3-003
#   severity: medium
#   input: aws
#   remediation: |
#     Enable versioning, and add a lifecycle rule that expires noncurrent versions to bound
#     the cost.
#
#     CloudFormation:
#     ```yaml
#     VersioningConfiguration:
#       Status: Enabled
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_versioning" "logs" {
#       bucket = aws_s3_bucket.logs.id
#       versioning_configuration {
#         status = "Enabled"
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp S3.14", "nist-800-53 CP-10", "devops resilience"]
#   aliases: ["CKV_AWS_21", "AVD-AWS-0090", "S3_BUCKET_VERSIONING_ENABLED"]
package shipgate.aws.s3_versioning

import data.shipgate.lib

deny contains lib.result(msg, b, b.versioning.enabled) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.versioning.enabled)
	msg := sprintf("bucket %q has versioning disabled (%s); turn it on", [b.resource, b.versioning.enabled.key])
}
