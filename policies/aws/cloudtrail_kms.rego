# METADATA
# title: CloudTrail trail does not encrypt its log files with a KMS key
# description: >-
#   Without a KMS key a trail's log files are protected by SSE-S3 only, so anyone who
#   can read the bucket can read the account's whole API history. With SSE-KMS reading a
#   log file also needs kms:Decrypt on a key whose policy you control, and every use of
#   the key is itself logged.
# custom:
#   id: AWS-CLOUDTRAIL-003
#   severity: medium
#   input: aws
#   remediation: |
#     Give the trail a KMS key whose policy lets CloudTrail encrypt with it.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudTrail::Trail
#     Properties:
#       IsLogging: true
#       KMSKeyId: !Ref TrailKey
#       S3BucketName: !Ref TrailBucket
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       kms_key_id     = aws_kms_key.trail.arn
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.5", "aws-fsbp CloudTrail.2", "nist-800-53 AU-9", "nist-800-53 SC-28"]
#   aliases: ["AVD-AWS-0015", "CKV_AWS_35"]
package shipgate.aws.cloudtrail_kms

import data.shipgate.lib

deny contains lib.result(msg, t, t.kms_key) if {
	some t in input.aws.cloudtrail.trails
	lib.is_null(t.kms_key)
	msg := sprintf("trail %q does not encrypt its log files with a KMS key; set %s to a customer managed key", [t.resource, t.kms_key.key])
}
