variable "deploy_role_arn" {
  type = string
}

variable "rollback_events" {
  type = list(string)
}

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "ECS"
}

resource "aws_codedeploy_deployment_group" "api" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "api"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.ECSCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  alarm_configuration {
    enabled = true
    alarms  = ["api-5xx"]
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
  }
}

# Unknown: a variable without a default.
resource "aws_codedeploy_deployment_group" "worker" {
  app_name              = aws_codedeploy_app.api.name
  deployment_group_name = "worker"
  service_role_arn      = var.deploy_role_arn

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  alarm_configuration {
    enabled = true
    alarms  = ["worker-errors"]
  }

  auto_rollback_configuration {
    enabled = true
    events  = var.rollback_events
  }
}
