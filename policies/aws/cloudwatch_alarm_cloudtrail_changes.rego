# METADATA
# title: No CloudWatch alarm for CloudTrail configuration changes
# description: >-
#   CIS 4.5: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for CloudTrail configuration changes on its log group, and an alarm on the
#   filter's metric that notifies someone. Stopping or changing a trail is how activity
#   is hidden; it should never go unnoticed. A trail is reported when its log group is
#   one of the template's and no metric filter whose pattern matches these events has an
#   alarm; templates without a trail, and trails that send their events to a log group
#   declared elsewhere, are not. A filter on every event of cloudtrail.amazonaws.com
#   (`$.eventSource`) counts too.
# custom:
#   id: AWS-CLOUDWATCH-006
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     CloudTrailChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: CloudTrailChanges
#             MetricValue: "1"
#     CloudTrailChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: CloudTrailChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "cloudtrail_changes" {
#       name           = "cloudtrail_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "CloudTrailChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "cloudtrail_changes" {
#       alarm_name          = "cloudtrail_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "CloudTrailChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.5", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0151"]
package shipgate.aws.cloudwatch_alarm_cloudtrail_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# CloudTrail configuration changes.
alternatives := [
	[
		`\$\.eventName`,
		`\bCreateTrail\b`,
		`\bUpdateTrail\b`,
		`\bDeleteTrail\b`,
		`\bStartLogging\b`,
		`\bStopLogging\b`,
	],
	[
		`\$\.eventSource\s*=\s*cloudtrail\.amazonaws\.com\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for CloudTrail configuration changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
