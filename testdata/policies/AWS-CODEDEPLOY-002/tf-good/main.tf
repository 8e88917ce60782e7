variable "deploy_role_arn" {
  type = string
}

variable "alarms_enabled" {
  type = bool
}

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "Lambda"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_codedeploy_deployment_group" "canary" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "canary"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  alarm_configuration {
    enabled = true
    alarms  = [aws_cloudwatch_metric_alarm.errors.alarm_name]
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
  }
}

# Unknown: a variable without a default.
resource "aws_codedeploy_deployment_group" "linear" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "linear"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaLinear10PercentEvery1Minute"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  alarm_configuration {
    enabled = var.alarms_enabled
    alarms  = ["api-errors"]
  }
}
