# METADATA
# title: No CloudWatch alarm for AWS Config configuration changes
# description: >-
#   CIS 4.9: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for AWS Config configuration changes on its log group, and an alarm on the
#   filter's metric that notifies someone. Stopping the configuration recorder or its
#   delivery channel blinds compliance checks and the resource history. A trail is
#   reported when its log group is one of the template's and no metric filter whose
#   pattern matches these events has an alarm; templates without a trail, and trails
#   that send their events to a log group declared elsewhere, are not. A filter on every
#   event of config.amazonaws.com (`$.eventSource`) counts too.
# custom:
#   id: AWS-CLOUDWATCH-010
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     AWSConfigChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: AWSConfigChanges
#             MetricValue: "1"
#     AWSConfigChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: AWSConfigChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "config_changes" {
#       name           = "config_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "AWSConfigChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "config_changes" {
#       alarm_name          = "config_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "AWSConfigChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.9", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0155"]
package shipgate.aws.cloudwatch_alarm_config_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# AWS Config configuration changes.
alternatives := [
	[
		`\$\.eventSource\s*=\s*config\.amazonaws\.com\b`,
		`\$\.eventName`,
		`\bStopConfigurationRecorder\b`,
		`\bDeleteDeliveryChannel\b`,
		`\bPutDeliveryChannel\b`,
		`\bPutConfigurationRecorder\b`,
	],
	[
		`\$\.eventSource\s*=\s*config\.amazonaws\.com\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for AWS Config configuration changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
