# METADATA
# title: No CloudWatch alarm for KMS keys disabled or scheduled for deletion
# description: >-
#   CIS 4.7: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for KMS keys disabled or scheduled for deletion on its log group, and an
#   alarm on the filter's metric that notifies someone. Data encrypted under a disabled
#   or deleted key can no longer be read; a key scheduled for deletion can still be
#   saved within its waiting period if someone notices. A trail is reported when its log
#   group is one of the template's and no metric filter whose pattern matches these
#   events has an alarm; templates without a trail, and trails that send their events to
#   a log group declared elsewhere, are not. A filter on every event of
#   kms.amazonaws.com (`$.eventSource`) counts too.
# custom:
#   id: AWS-CLOUDWATCH-008
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     DisableOrDeleteCMKFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: DisableOrDeleteCMK
#             MetricValue: "1"
#     DisableOrDeleteCMKAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: DisableOrDeleteCMK
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
#     resource "aws_cloudwatch_log_metric_filter" "cmk_disable_or_deletion" {
#       name           = "cmk_disable_or_deletion"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "DisableOrDeleteCMK"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "cmk_disable_or_deletion" {
#       alarm_name          = "cmk_disable_or_deletion"
#       namespace           = "CISBenchmark"
#       metric_name         = "DisableOrDeleteCMK"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.7", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0153"]
package shipgate.aws.cloudwatch_alarm_cmk_disable_or_deletion

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# KMS keys disabled or scheduled for deletion.
alternatives := [
	[
		`\$\.eventSource\s*=\s*kms\.amazonaws\.com\b`,
		`\$\.eventName`,
		`\bDisableKey\b`,
		`\bScheduleKeyDeletion\b`,
	],
	[
		`\$\.eventSource\s*=\s*kms\.amazonaws\.com\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for KMS keys disabled or scheduled for deletion; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
