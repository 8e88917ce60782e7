variable "alarm_role_arn" {
  type = string
}

variable "alarm_arns" {
  type = list(string)
}

resource "aws_appconfig_application" "storefront" {
  name = "storefront"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "storefront-errors"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 10
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_appconfig_environment" "production" {
  name           = "production"
  application_id = aws_appconfig_application.storefront.id

  monitor {
    alarm_arn      = aws_cloudwatch_metric_alarm.errors.arn
    alarm_role_arn = var.alarm_role_arn
  }
}

resource "aws_appconfig_environment" "staging" {
  name           = "staging"
  application_id = aws_appconfig_application.storefront.id
}

# Unknown: monitors from a variable without a default.
resource "aws_appconfig_environment" "production_eu" {
  name           = "production-eu"
  application_id = aws_appconfig_application.storefront.id

  dynamic "monitor" {
    for_each = var.alarm_arns
    content {
      alarm_arn      = monitor.value
      alarm_role_arn = var.alarm_role_arn
    }
  }
}
