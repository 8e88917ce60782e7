# METADATA
# title: No CloudWatch alarm for use of the root user
# description: >-
#   CIS 4.3: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for use of the root user on its log group, and an alarm on the filter's
#   metric that notifies someone. The root user can do anything, cannot be restricted by
#   IAM policies and should almost never be used; every use deserves a look. A trail is
#   reported when its log group is one of the template's and no metric filter whose
#   pattern matches these events has an alarm; templates without a trail, and trails
#   that send their events to a log group declared elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-004
#   severity: medium
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     RootAccountUsageFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: RootAccountUsage
#             MetricValue: "1"
#     RootAccountUsageAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: RootAccountUsage
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
#     resource "aws_cloudwatch_log_metric_filter" "root_usage" {
#       name           = "root_usage"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "RootAccountUsage"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "root_usage" {
#       alarm_name          = "root_usage"
#       namespace           = "CISBenchmark"
#       metric_name         = "RootAccountUsage"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.3", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0149"]
package shipgate.aws.cloudwatch_alarm_root_usage

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# use of the root user.
alternatives := [
	[
		`\$\.userIdentity\.type\s*=\s*Root\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for use of the root user; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
