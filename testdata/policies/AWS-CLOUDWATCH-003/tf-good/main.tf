terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "security_alerts_topic_arn" {
  type = string
}

variable "shared_log_group_arn" {
  type = string
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
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-logs"
}

# Unknown: a variable without a default.
resource "aws_cloudtrail" "shared" {
  name                       = "shared"
  s3_bucket_name             = aws_s3_bucket.trail.id
  cloud_watch_logs_group_arn = var.shared_log_group_arn
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-logs"
}

resource "aws_cloudwatch_log_metric_filter" "console_signin_without_mfa" {
  name           = "console_signin_without_mfa"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"
  metric_transformation {
    namespace = "CISBenchmark"
    name      = "ConsoleSigninWithoutMFA"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "console_signin_without_mfa" {
  alarm_name          = "console_signin_without_mfa"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.console_signin_without_mfa.metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [var.security_alerts_topic_arn]
}
