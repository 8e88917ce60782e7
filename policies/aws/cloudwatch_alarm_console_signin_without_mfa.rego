# METADATA
# title: No CloudWatch alarm for console sign-ins without MFA
# description: >-
#   CIS 4.2: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for console sign-ins without MFA on its log group, and an alarm on the
#   filter's metric that notifies someone. A console sign-in with a password alone shows
#   an account that is not protected by MFA, or a stolen password in use. A trail is
#   reported when its log group is one of the template's and no metric filter whose
#   pattern matches these events has an alarm; templates without a trail, and trails
#   that send their events to a log group declared elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-003
#   severity: medium
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     ConsoleSigninWithoutMFAFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: ConsoleSigninWithoutMFA
#             MetricValue: "1"
#     ConsoleSigninWithoutMFAAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: ConsoleSigninWithoutMFA
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
#     resource "aws_cloudwatch_log_metric_filter" "console_signin_without_mfa" {
#       name           = "console_signin_without_mfa"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "ConsoleSigninWithoutMFA"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "console_signin_without_mfa" {
#       alarm_name          = "console_signin_without_mfa"
#       namespace           = "CISBenchmark"
#       metric_name         = "ConsoleSigninWithoutMFA"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.2", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0148"]
package shipgate.aws.cloudwatch_alarm_console_signin_without_mfa

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# console sign-ins without MFA.
alternatives := [
	[
		`\$\.eventName\s*=\s*ConsoleLogin\b`,
		`\$\.additionalEventData\.MFAUsed\s*!=\s*Yes\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for console sign-ins without MFA; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
