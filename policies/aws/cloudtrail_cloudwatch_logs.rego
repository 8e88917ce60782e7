# METADATA
# title: CloudTrail trail does not send its events to CloudWatch Logs
# description: >-
#   A trail that only delivers log files to S3 cannot drive metric filters and alarms,
#   so nobody is told in time about root sign-ins, policy changes or unauthorised calls;
#   the files are read, if ever, after the fact. Sending the trail to a CloudWatch Logs
#   log group enables real-time monitoring.
# custom:
#   id: AWS-CLOUDTRAIL-004
#   severity: low
#   input: aws
#   remediation: |
#     Send the trail to a log group, with a role CloudTrail can assume to write to it.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::CloudTrail::Trail
#     Properties:
#       IsLogging: true
#       S3BucketName: !Ref TrailBucket
#       CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
#       CloudWatchLogsRoleArn: !GetAtt TrailLogsRole.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name                       = "main"
#       s3_bucket_name             = aws_s3_bucket.trail.id
#       cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
#       cloud_watch_logs_role_arn  = aws_iam_role.trail_logs.arn
#     }
#     ```
#   frameworks: ["aws-fsbp CloudTrail.5", "nist-800-53 AU-6", "nist-800-53 SI-4", "devops observability"]
#   aliases: ["AVD-AWS-0162", "CKV2_AWS_10"]
package shipgate.aws.cloudtrail_cloudwatch_logs

import data.shipgate.lib

deny contains lib.result(msg, t, t.cloudwatch_log_group) if {
	some t in input.aws.cloudtrail.trails
	lib.is_null(t.cloudwatch_log_group)
	msg := sprintf("trail %q does not send its events to CloudWatch Logs, so no metric filter or alarm can watch them; set %s to a log group", [t.resource, t.cloudwatch_log_group.key])
}
