# METADATA
# title: No CloudWatch alarm for network gateway changes
# description: >-
#   CIS 4.12: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for network gateway changes on its log group, and an alarm on the filter's
#   metric that notifies someone. A new or moved gateway gives traffic a path in or out
#   of a VPC that bypasses its controls. A trail is reported when its log group is one
#   of the template's and no metric filter whose pattern matches these events has an
#   alarm; templates without a trail, and trails that send their events to a log group
#   declared elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-013
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     NetworkGatewayChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: NetworkGatewayChanges
#             MetricValue: "1"
#     NetworkGatewayChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: NetworkGatewayChanges
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlerts]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudwatch_log_metric_filter" "network_gateway_changes" {
#       name           = "network_gateway_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "NetworkGatewayChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "network_gateway_changes" {
#       alarm_name          = "network_gateway_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "NetworkGatewayChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.12", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0158"]
package shipgate.aws.cloudwatch_alarm_network_gateway_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# network gateway changes.
alternatives := [
	[
		`\$\.eventName`,
		`\bCreateCustomerGateway\b`,
		`\bDeleteCustomerGateway\b`,
		`\bAttachInternetGateway\b`,
		`\bCreateInternetGateway\b`,
		`\bDeleteInternetGateway\b`,
		`\bDetachInternetGateway\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for network gateway changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
