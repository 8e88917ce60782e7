# METADATA
# title: No CloudWatch alarm for route table changes
# description: >-
#   CIS 4.13: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for route table changes on its log group, and an alarm on the filter's metric
#   that notifies someone. A changed route can send a subnet's traffic through an
#   unexpected path. A trail is reported when its log group is one of the template's and
#   no metric filter whose pattern matches these events has an alarm; templates without
#   a trail, and trails that send their events to a log group declared elsewhere, are
#   not.
# custom:
#   id: AWS-CLOUDWATCH-014
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     RouteTableChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: RouteTableChanges
#             MetricValue: "1"
#     RouteTableChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: RouteTableChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "route_table_changes" {
#       name           = "route_table_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "RouteTableChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "route_table_changes" {
#       alarm_name          = "route_table_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "RouteTableChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.13", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0159"]
package shipgate.aws.cloudwatch_alarm_route_table_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# route table changes.
alternatives := [
	[
		`\$\.eventName`,
		`\bCreateRoute\b`,
		`\bCreateRouteTable\b`,
		`\bReplaceRoute\b`,
		`\bReplaceRouteTableAssociation\b`,
		`\bDeleteRouteTable\b`,
		`\bDeleteRoute\b`,
		`\bDisassociateRouteTable\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for route table changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
