terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "log_group_arn" {
  type = string
}

variable "logs_role_arn" {
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
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = var.logs_role_arn
}

# Unknown: a variable without a default.
resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = aws_s3_bucket.trail.id
  cloud_watch_logs_group_arn = var.log_group_arn
  cloud_watch_logs_role_arn  = var.logs_role_arn
}
