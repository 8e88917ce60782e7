# METADATA
# title: No CloudWatch alarm for AWS Organizations changes
# description: >-
#   CIS 4.15: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for AWS Organizations changes on its log group, and an alarm on the filter's
#   metric that notifies someone. A changed service control policy or a moved account
#   changes what every account of the organisation may do. A trail is reported when its
#   log group is one of the template's and no metric filter whose pattern matches these
#   events has an alarm; templates without a trail, and trails that send their events to
#   a log group declared elsewhere, are not. Any filter on events of
#   organizations.amazonaws.com counts.
# custom:
#   id: AWS-CLOUDWATCH-016
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     OrganizationsChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: OrganizationsChanges
#             MetricValue: "1"
#     OrganizationsChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: OrganizationsChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "organizations_changes" {
#       name           = "organizations_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "OrganizationsChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "organizations_changes" {
#       alarm_name          = "organizations_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "OrganizationsChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.15", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0174"]
package shipgate.aws.cloudwatch_alarm_organizations_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# AWS Organizations changes.
alternatives := [
	[
		`\$\.eventSource\s*=\s*organizations\.amazonaws\.com\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for AWS Organizations changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
