# METADATA
# title: No CloudTrail trail logs S3 object-level read events
# description: >-
#   CloudTrail logs management events only unless a trail selects data events. Without
#   S3 object-level read events (GetObject) there is no record of who read which
#   object, and a data leak or a tampered artifact cannot be traced. Reported on the
#   trails of a template or module when none of them logs those events; a document
#   without a trail says nothing of the account's trails.
# custom:
#   id: AWS-CLOUDTRAIL-009
#   severity: low
#   input: aws
#   remediation: |
#     Add an event selector that logs S3 object-level read events, for every bucket
#     (`arn:aws:s3`) or for the buckets that hold what must be traced.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudTrail::Trail
#     Properties:
#       IsLogging: true
#       S3BucketName: !Ref TrailBucket
#       EventSelectors:
#         - ReadWriteType: All
#           IncludeManagementEvents: true
#           DataResources:
#             - Type: AWS::S3::Object
#               Values: ["arn:aws:s3"]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       event_selector {
#         read_write_type           = "All"
#         include_management_events = true
#         data_resource {
#           type   = "AWS::S3::Object"
#           values = ["arn:aws:s3"]
#         }
#       }
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.9", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0172"]
package shipgate.aws.cloudtrail_s3_read_data_events

import data.shipgate.lib

deny contains lib.result(msg, t, t.s3_read_data_events) if {
	some t in input.aws.cloudtrail.trails
	lib.is_false(t.s3_read_data_events)
	not some_trail_may_log
	msg := sprintf("trail %q does not log S3 object-level read events (GetObject), and no other trail here does; add an event selector with a data resource of type AWS::S3::Object (%s)", [t.resource, t.s3_read_data_events.key])
}

# some_trail_may_log is true when a trail of the document logs the events,
# or might: its selectors are not known statically.
some_trail_may_log if {
	some t in input.aws.cloudtrail.trails
	not lib.is_false(t.s3_read_data_events)
}
