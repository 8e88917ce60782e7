terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "deploy_role_arn" {
  type = string
}

variable "rollback_events" {
  description = "Events that roll a deployment back, chosen per environment."
  type        = list(string)
}

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "Lambda"
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

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
  }

  alarm_configuration {
    enabled = true
    alarms  = ["api-errors"]
  }
}

# Unknown: a variable without a default.
resource "aws_codedeploy_deployment_group" "linear" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "linear"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaLinear10PercentEvery1Minute"

  auto_rollback_configuration {
    enabled = true
    events  = var.rollback_events
  }
}
