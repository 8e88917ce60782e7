# METADATA
# title: CloudTrail trail does not validate its log files
# description: >-
#   Without log file validation CloudTrail writes no signed digest files, so a log file
#   that was changed or deleted after delivery cannot be detected, and the trail cannot
#   serve as evidence of what happened. Validation is off unless enabled.
# custom:
#   id: AWS-CLOUDTRAIL-002
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on log file validation.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudTrail::Trail
#     Properties:
#       IsLogging: true
#       EnableLogFileValidation: true
#       S3BucketName: !Ref TrailBucket
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name                       = "main"
#       s3_bucket_name             = aws_s3_bucket.trail.id
#       enable_log_file_validation = true
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.2", "aws-fsbp CloudTrail.4", "nist-800-53 AU-9", "devops observability"]
#   aliases: ["AVD-AWS-0016", "CKV_AWS_36"]
package shipgate.aws.cloudtrail_log_validation

import data.shipgate.lib

deny contains lib.result(msg, t, t.log_file_validation) if {
	some t in input.aws.cloudtrail.trails
	lib.is_false(t.log_file_validation)
	msg := sprintf("trail %q does not validate its log files, so changed or deleted log files go unnoticed; set %s to true", [t.resource, t.log_file_validation.key])
}
