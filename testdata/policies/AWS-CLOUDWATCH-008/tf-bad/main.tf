terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-trail-logs"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" # expect: AWS-CLOUDWATCH-008
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-logs"
}

# A filter for other events only.
resource "aws_cloudwatch_log_metric_filter" "caller_identity" {
  name           = "caller-identity"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.eventName = \"GetCallerIdentity\" }"
  metric_transformation {
    namespace = "CISBenchmark"
    name      = "CallerIdentity"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "caller_identity" {
  alarm_name          = "caller-identity"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.caller_identity.metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security-alerts"]
}
