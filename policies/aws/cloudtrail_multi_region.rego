# METADATA
# title: CloudTrail trail records one Region only
# description: >-
#   A trail that is not multi-Region records the API activity of the Region it is
#   created in and nothing else, so activity in any other Region (where an attacker
#   may start instances or create users) leaves no trace. A multi-Region trail also
#   covers Regions enabled later.
# custom:
#   id: AWS-CLOUDTRAIL-001
#   severity: medium
#   input: aws
#   remediation: |
#     Make the trail multi-Region.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudTrail::Trail
#     Properties:
#       IsLogging: true
#       IsMultiRegionTrail: true
#       S3BucketName: !Ref TrailBucket
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name                  = "main"
#       s3_bucket_name        = aws_s3_bucket.trail.id
#       is_multi_region_trail = true
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.1", "aws-fsbp CloudTrail.1", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0014", "CKV_AWS_67"]
package shipgate.aws.cloudtrail_multi_region

import data.shipgate.lib

deny contains lib.result(msg, t, t.multi_region) if {
	some t in input.aws.cloudtrail.trails
	lib.is_false(t.multi_region)
	msg := sprintf("trail %q records the API activity of one Region only; set %s to true", [t.resource, t.multi_region.key])
}
