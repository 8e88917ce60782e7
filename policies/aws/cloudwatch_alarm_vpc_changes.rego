# METADATA
# title: No CloudWatch alarm for VPC changes
# description: >-
#   CIS 4.14: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for VPC changes on its log group, and an alarm on the filter's metric that
#   notifies someone. A new peering connection or changed VPC attribute can join
#   networks that were meant to stay apart. A trail is reported when its log group is
#   one of the template's and no metric filter whose pattern matches these events has an
#   alarm; templates without a trail, and trails that send their events to a log group
#   declared elsewhere, are not. The ClassicLink events of the benchmark's pattern are
#   not required: EC2-Classic was retired in 2022.
# custom:
#   id: AWS-CLOUDWATCH-015
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     VPCChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: VPCChanges
#             MetricValue: "1"
#     VPCChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: VPCChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "vpc_changes" {
#       name           = "vpc_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "VPCChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "vpc_changes" {
#       alarm_name          = "vpc_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "VPCChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.14", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0160"]
package shipgate.aws.cloudwatch_alarm_vpc_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# VPC changes.
alternatives := [
	[
		`\$\.eventName`,
		`\bCreateVpc\b`,
		`\bDeleteVpc\b`,
		`\bModifyVpcAttribute\b`,
		`\bAcceptVpcPeeringConnection\b`,
		`\bCreateVpcPeeringConnection\b`,
		`\bDeleteVpcPeeringConnection\b`,
		`\bRejectVpcPeeringConnection\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for VPC changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
