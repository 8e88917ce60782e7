# METADATA
# title: No CloudWatch alarm for S3 bucket policy changes
# description: >-
#   CIS 4.8: a trail that sends its events to CloudWatch Logs should have a metric
#   filter for S3 bucket policy changes on its log group, and an alarm on the filter's
#   metric that notifies someone. A changed bucket policy or ACL can make data public or
#   shareable in one call. A trail is reported when its log group is one of the
#   template's and no metric filter whose pattern matches these events has an alarm;
#   templates without a trail, and trails that send their events to a log group declared
#   elsewhere, are not.
# custom:
#   id: AWS-CLOUDWATCH-009
#   severity: low
#   input: aws
#   remediation: |
#     Add a metric filter on the trail's log group and an alarm on its metric.
#
#     CloudFormation:
#     ```yaml
#     S3BucketPolicyChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }'
#         MetricTransformations:
#           - MetricNamespace: CISBenchmark
#             MetricName: S3BucketPolicyChanges
#             MetricValue: "1"
#     S3BucketPolicyChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         Namespace: CISBenchmark
#         MetricName: S3BucketPolicyChanges
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
#     resource "aws_cloudwatch_log_metric_filter" "s3_bucket_policy_changes" {
#       name           = "s3_bucket_policy_changes"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"
#       metric_transformation {
#         namespace = "CISBenchmark"
#         name      = "S3BucketPolicyChanges"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "s3_bucket_policy_changes" {
#       alarm_name          = "s3_bucket_policy_changes"
#       namespace           = "CISBenchmark"
#       metric_name         = "S3BucketPolicyChanges"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alerts.arn]
#     }
#     ```
#   frameworks: ["cis-aws-3.0 4.8", "nist-800-53 SI-4", "nist-800-53 AU-6", "devops observability"]
#   aliases: ["AVD-AWS-0154"]
package shipgate.aws.cloudwatch_alarm_s3_bucket_policy_changes

import data.shipgate.lib
import data.shipgate.lib.cis_alarms as cis

# alternatives are the sets of regular expressions a filter pattern
# (double quotes removed) must match, all of one set, to watch for
# S3 bucket policy changes.
alternatives := [
	[
		`\$\.eventSource\s*=\s*s3\.amazonaws\.com\b`,
		`\$\.eventName`,
		`\bPutBucketAcl\b`,
		`\bPutBucketPolicy\b`,
		`\bPutBucketCors\b`,
		`\bPutBucketLifecycle\b`,
		`\bPutBucketReplication\b`,
		`\bDeleteBucketPolicy\b`,
		`\bDeleteBucketCors\b`,
		`\bDeleteBucketLifecycle\b`,
		`\bDeleteBucketReplication\b`,
	],
]

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in cis.unwatched_trails(alternatives)
	msg := sprintf("trail %q sends its events to CloudWatch Logs (%s), but no metric filter of its log group with an alarm on its metric watches for S3 bucket policy changes; add a metric filter that matches them and an alarm that notifies someone", [t.resource, t.cloudwatch_log_group.key])
}
