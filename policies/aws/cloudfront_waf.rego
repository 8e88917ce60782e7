# METADATA
# title: CloudFront distribution has no AWS WAF web ACL
# description: >-
#   A distribution is the front door of the application. Without a web ACL nothing in
#   front of the origin blocks common exploits (SQL injection, known bad inputs), bad bots
#   or request floods, and rate-based rules cannot be added in an incident without a
#   change to the distribution.
# custom:
#   id: AWS-CLOUDFRONT-003
#   severity: medium
#   input: aws
#   remediation: |
#     Associate a web ACL (scope CLOUDFRONT, created in us-east-1).
#
#     CloudFormation:
#     ```yaml
#     DistributionConfig:
#       WebACLId: !GetAtt EdgeWebAcl.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudfront_distribution" "site" {
#       web_acl_id = aws_wafv2_web_acl.edge.arn
#       # ...
#     }
#     ```
#   frameworks: ["aws-fsbp CloudFront.6", "nist-800-53 SC-7", "nist-800-53 SI-4", "devops hardening"]
#   aliases: ["CKV_AWS_68", "AVD-AWS-0011"]
package shipgate.aws.cloudfront_waf

import data.shipgate.lib

deny contains lib.result(msg, d, d.web_acl) if {
	some d in input.aws.cloudfront.distributions
	lib.is_null(d.web_acl)
	msg := sprintf("distribution %q has no AWS WAF web ACL (%s); associate one", [d.resource, d.web_acl.key])
}
