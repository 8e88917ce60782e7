# METADATA
# title: CloudTrail trail is not logging
# description: >-
#   A trail whose logging is turned off exists but records nothing: the account's API
#   activity goes unrecorded while the trail suggests otherwise. Stopping a trail is a
#   common step of an attacker covering their tracks, and a template that declares a
#   stopped trail does the same by configuration.
# custom:
#   id: AWS-CLOUDTRAIL-005
#   severity: high
#   input: aws
#   remediation: |
#     Turn logging on.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudTrail::Trail
#     Properties:
#       IsLogging: true
#       S3BucketName: !Ref TrailBucket
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       enable_logging = true
#     }
#     ```
#   frameworks: ["nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
package shipgate.aws.cloudtrail_logging

import data.shipgate.lib

deny contains lib.result(msg, t, t.logging) if {
	some t in input.aws.cloudtrail.trails
	lib.is_false(t.logging)
	msg := sprintf("trail %q is not logging, so it records no API activity; set %s to true", [t.resource, t.logging.key])
}
