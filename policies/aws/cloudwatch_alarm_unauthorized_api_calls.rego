# METADATA
# title: No CloudWatch alarm for unauthorized API calls
# description: >-
#   CIS 4.1: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for unauthorized API calls on its log group, and an alarm on the filter's
#   metric that notifies someone. A burst of calls refused for lack of permission is how
#   stolen credentials are probed and how a misconfigured deployment shows itself. A
#   trail is reported when its log group is one of the template's and no metric filter
#   whose pattern matches these events has an alarm; templates without a trail, and
#   trails that send their events to a log group declared elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-002
#   severity: medium
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     UnauthorizedAPICallsFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: UnauthorizedAPICalls
#             MetricValue: "1"
#     UnauthorizedAPICallsAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: UnauthorizedAPICalls
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
#     resource "aws_cloudwatch_log_metric_filter" "unauthorized_api_calls" {
#       name           = "unauthorized_api_calls"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "UnauthorizedAPICalls"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "unauthorized_api_calls" {
#       alarm_name          = "unauthorized_api_calls"
#       namespace           = "CISBenchmark"
#       metric_name         = "UnauthorizedAPICalls"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.1", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0147"]
package shipgate.aws.cloudwatch_alarm_unauthorized_api_calls

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# unauthorized API calls.
alternatives := [
	[
		`\$\.errorCode`,
		`UnauthorizedOperation`,
		`AccessDenied`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for unauthorized API calls; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
