# METADATA
# title: CloudFront distribution does not log requests
# description: >-
#   Standard logs record every viewer request the distribution served: without them, abuse
#   of the site, a cache-poisoning attempt or a leaked URL being fetched cannot be traced.
#   Only the logging the distribution itself declares (`Logging`, `logging_config`) is
#   read; standard logging v2, configured through CloudWatch Logs delivery resources, is
#   not.
# custom:
#   id: AWS-CLOUDFRONT-004
#   severity: low
#   input: aws
#   remediation: |
#     Turn on standard logging to an S3 bucket.
#
#     CloudFormation:
#     ```yaml
#     DistributionConfig:
#       Logging:
#         Bucket: example-cdn-logs.s3.amazonaws.com
#         Prefix: site/
#     ```
#
#     Terraform:
#     ```hcl
#     logging_config {
#       bucket = "example-cdn-logs.s3.amazonaws.com"
#       prefix = "site/"
#     }
#     ```
#   frameworks: ["aws-fsbp CloudFront.5", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_86", "AVD-AWS-0010"]
package shipgate.aws.cloudfront_logging

import data.shipgate.lib

deny contains lib.result(msg, d, d.logging) if {
	some d in input.aws.cloudfront.distributions
	lib.is_false(d.logging)
	msg := sprintf("distribution %q does not log requests (%s); turn on standard logging to an S3 bucket", [d.resource, d.logging.key])
}
