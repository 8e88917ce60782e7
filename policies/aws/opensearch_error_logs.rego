# METADATA
# title: OpenSearch domain does not publish error logs
# description: >-
#   Error (application) logs carry the domain's errors and warnings: failed shard
#   allocations, rejected requests, plugin failures. Without them in CloudWatch Logs an
#   incident has to be diagnosed from metrics alone.
# custom:
#   id: AWS-OPENSEARCH-006
#   severity: low
#   input: aws
#   remediation: |
#     Publish ES_APPLICATION_LOGS to a CloudWatch Logs group.
#
#     CloudFormation:
#     ```yaml
#     LogPublishingOptions:
#       ES_APPLICATION_LOGS:
#         CloudWatchLogsLogGroupArn: !GetAtt SearchLogs.Arn
#         Enabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       log_publishing_options {
#         log_type                 = "ES_APPLICATION_LOGS"
#         cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.4", "aws-fsbp ES.4", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_84"]
package shipgate.aws.opensearch_error_logs

import data.shipgate.lib

deny contains lib.result(msg, domain, domain.log_types) if {
	some domain in input.aws.opensearch.domains
	lib.lacks_value(domain.log_types, "ES_APPLICATION_LOGS")
	msg := sprintf("domain %q does not publish error logs to CloudWatch Logs; enable ES_APPLICATION_LOGS in %s", [domain.resource, domain.log_types.key])
}
