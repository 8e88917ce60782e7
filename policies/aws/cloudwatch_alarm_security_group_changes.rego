# METADATA
# title: No CloudWatch alarm for security group changes
# description: >-
#   CIS 4.10: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for security group changes on its log group, and an alarm on the filter's
#   metric that notifies someone. A changed security group rule can expose a database or
#   an admin port to the internet. A trail is reported when its log group is one of the
#   template's and no metric filter whose pattern matches these events has an alarm;
#   templates without a trail, and trails that send their events to a log group declared
#   elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-011
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: SecurityGroupChanges
#             MetricValue: "1"
#     SecurityGroupChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: SecurityGroupChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "security_group_changes" {
#       name           = "security_group_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "SecurityGroupChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "security_group_changes" {
#       alarm_name          = "security_group_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "SecurityGroupChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.10", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0156"]
package shipgate.aws.cloudwatch_alarm_security_group_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# security group changes.
alternatives := [
	[
		`\$\.eventName`,
		`\bAuthorizeSecurityGroupIngress\b`,
		`\bAuthorizeSecurityGroupEgress\b`,
		`\bRevokeSecurityGroupIngress\b`,
		`\bRevokeSecurityGroupEgress\b`,
		`\bCreateSecurityGroup\b`,
		`\bDeleteSecurityGroup\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for security group changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
