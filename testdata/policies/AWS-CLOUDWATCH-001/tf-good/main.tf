terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "on_call_topic_arns" {
  type = list(string)
}

resource "aws_sns_topic" "on_call" {
  name              = "on-call"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-errors"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.on_call.arn]
}

# Unknown: a variable without a default.
resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "api-latency"
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = var.on_call_topic_arns
}

# Rolled back on by the deployment group below.
resource "aws_cloudwatch_metric_alarm" "canary" {
  alarm_name          = "api-canary-errors"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "Lambda"
}

resource "aws_codedeploy_deployment_group" "api" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "api"
  service_role_arn       = "arn:aws:iam::111122223333:role/codedeploy"
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

  alarm_configuration {
    enabled = true
    alarms  = [aws_cloudwatch_metric_alarm.canary.alarm_name]
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_STOP_ON_ALARM"]
  }

  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }
}
