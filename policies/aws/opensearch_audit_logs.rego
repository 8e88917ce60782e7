# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   Audit logs record who authenticated to the domain and which indices and documents they
#   read or changed. Without them there is no trail to investigate a data leak or misuse.
#   They need fine-grained access control and a CloudWatch Logs group.
# custom:
#   id: AWS-OPENSEARCH-005
#   severity: medium
#   input: aws
#   remediation: |
#     Enable fine-grained access control and publish AUDIT_LOGS to a CloudWatch Logs
#     group.
#
#     CloudFormation:
#     ```yaml
#     LogPublishingOptions:
#       AUDIT_LOGS:
#         CloudWatchLogsLogGroupArn: !GetAtt SearchLogs.Arn
#         Enabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       log_publishing_options {
#         log_type                 = "AUDIT_LOGS"
#         cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.5", "aws-fsbp ES.5", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0042"]
package shipgate.aws.opensearch_audit_logs

import data.shipgate.lib

deny contains lib.result(msg, domain, domain.log_types) if {
	some domain in input.aws.opensearch.domains
	lib.lacks_value(domain.log_types, "AUDIT_LOGS")
	msg := sprintf("domain %q does not publish audit logs to CloudWatch Logs; enable AUDIT_LOGS in %s", [domain.resource, domain.log_types.key])
}
