# METADATA
# title: No CloudWatch alarm for IAM policy changes
# description: >-
#   CIS 4.4: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for IAM policy changes on its log group, and an alarm on the filter's metric
#   that notifies someone. A changed IAM policy can grant an attacker, or a mistaken
#   deployment, far more than intended. A trail is reported when its log group is one of
#   the template's and no metric filter whose pattern matches these events has an alarm;
#   templates without a trail, and trails that send their events to a log group declared
#   elsewhere, are not. A filter on every event of iam.amazonaws.com (`$.eventSource`)
#   counts too.
# custom:
#   id: AWS-CLOUDWATCH-005
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     IAMPolicyChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: IAMPolicyChanges
#             MetricValue: "1"
#     IAMPolicyChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: IAMPolicyChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "iam_policy_changes" {
#       name           = "iam_policy_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "IAMPolicyChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "iam_policy_changes" {
#       alarm_name          = "iam_policy_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "IAMPolicyChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.4", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0150"]
package shipgate.aws.cloudwatch_alarm_iam_policy_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# IAM policy changes.
alternatives := [
	[
		`\$\.eventName`,
		`\bDeleteGroupPolicy\b`,
		`\bDeleteRolePolicy\b`,
		`\bDeleteUserPolicy\b`,
		`\bPutGroupPolicy\b`,
		`\bPutRolePolicy\b`,
		`\bPutUserPolicy\b`,
		`\bCreatePolicy\b`,
		`\bDeletePolicy\b`,
		`\bCreatePolicyVersion\b`,
		`\bDeletePolicyVersion\b`,
		`\bAttachRolePolicy\b`,
		`\bDetachRolePolicy\b`,
		`\bAttachUserPolicy\b`,
		`\bDetachUserPolicy\b`,
		`\bAttachGroupPolicy\b`,
		`\bDetachGroupPolicy\b`,
	],
	[
		`\$\.eventSource\s*=\s*iam\.amazonaws\.com\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for IAM policy changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
