# METADATA
# title: AWS WAF web ACL does not log requests
# description: >-
#   Without logging, the requests a web ACL blocked or allowed, and which rule matched, are
#   visible only as sampled requests for three hours: an attack cannot be investigated and
#   a rule that blocks legitimate traffic cannot be found. The finding means no
#   `AWS::WAFv2::LoggingConfiguration` or `aws_wafv2_web_acl_logging_configuration` of the
#   same template or configuration targets the web ACL.
# custom:
#   id: AWS-WAF-001
#   severity: medium
#   input: aws
#   remediation: |
#     Create a logging configuration for the web ACL (to CloudWatch Logs, S3 or Firehose; the
#     destination's name must start with `aws-waf-logs-`).
#
#     CloudFormation:
#     ```yaml
#     WebAclLogging:
#       Type: AWS::WAFv2::LoggingConfiguration
#       Properties:
#         ResourceArn: !GetAtt WebAcl.Arn
#         LogDestinationConfigs:
#           - !GetAtt WafLogGroup.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_wafv2_web_acl_logging_configuration" "main" {
#       resource_arn            = aws_wafv2_web_acl.main.arn
#       log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
#     }
#     ```
#   frameworks: ["aws-fsbp WAF.11", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV2_AWS_31"]
package shipgate.aws.waf_logging

import data.shipgate.lib

deny contains lib.result(msg, acl, acl.logging) if {
	some acl in input.aws.waf.web_acls
	lib.is_false(acl.logging)
	msg := sprintf("web ACL %q does not log requests (%s); create a logging configuration for it", [acl.resource, acl.logging.key])
}
