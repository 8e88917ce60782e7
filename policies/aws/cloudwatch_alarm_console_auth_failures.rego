# METADATA
# title: No CloudWatch alarm for failed console sign-ins
# description: >-
#   CIS 4.6: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for failed console sign-ins on its log group, and an alarm on the filter's
#   metric that notifies someone. Repeated failed sign-ins point to a password being
#   guessed, and name the source address to block. A trail is reported when its log
#   group is one of the template's and no metric filter whose pattern matches these
#   events has an alarm; templates without a trail, and trails that send their events to
#   a log group declared elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-007
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     ConsoleSigninFailuresFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: ConsoleSigninFailures
#             MetricValue: "1"
#     ConsoleSigninFailuresAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: ConsoleSigninFailures
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
#     resource "aws_cloudwatch_log_metric_filter" "console_auth_failures" {
#       name           = "console_auth_failures"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "ConsoleSigninFailures"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "console_auth_failures" {
#       alarm_name          = "console_auth_failures"
#       namespace           = "CISBenchmark"
#       metric_name         = "ConsoleSigninFailures"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.6", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0152"]
package shipgate.aws.cloudwatch_alarm_console_auth_failures

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# failed console sign-ins.
alternatives := [
	[
		`\$\.eventName\s*=\s*ConsoleLogin\b`,
		`\$\.errorMessage\s*=\s*Failed authentication`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for failed console sign-ins; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
