# METADATA
# title: CloudTrail bucket has no server access logging
# description: >-
#   The bucket that receives a trail's log files is where an attacker goes to read or
#   delete the record of what they did. Server access logging records every request made
#   to that bucket, so reads and deletions of the trail's logs can be traced. Only
#   buckets of the template that a trail of the template delivers to are checked.
# custom:
#   id: AWS-CLOUDTRAIL-006
#   severity: low
#   input: aws
#   remediation: |
#     Turn on server access logging for the trail's bucket, into another bucket.
#
#     CloudFormation:
#     ```yaml
#     TrailBucket:
#       Type: AWS::S3::Bucket
#       Properties:
#         LoggingConfiguration:
#           DestinationBucketName: !Ref AccessLogsBucket
#           LogFilePrefix: cloudtrail/
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_logging" "trail" {
#       bucket        = aws_s3_bucket.trail.id
#       target_bucket = aws_s3_bucket.access_logs.id
#       target_prefix = "cloudtrail/"
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.4", "aws-fsbp CloudTrail.7", "nist-800-53 AU-9", "devops observability"]
#   aliases: ["AVD-AWS-0163"]
package shipgate.aws.cloudtrail_bucket_access_logging

import data.shipgate.lib

# trail_buckets are the buckets trails deliver to: an address, or a name.
trail_buckets contains b if {
	some t in input.aws.cloudtrail.trails
	b := lib.string_value(t.s3_bucket)
}

deny contains lib.result(msg, b, b.logging.enabled) if {
	some b in input.aws.s3.buckets
	trail_bucket(b)
	lib.is_false(b.logging.enabled)
	msg := sprintf("bucket %q receives CloudTrail log files but has no server access logging, so reads and deletions of the logs leave no trace; configure %s", [b.resource, b.logging.enabled.key])
}

trail_bucket(b) if b.resource in trail_buckets

trail_bucket(b) if lib.string_value(b.name) in trail_buckets
