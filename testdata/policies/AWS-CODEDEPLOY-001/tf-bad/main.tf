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

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "Lambda"
}

# No auto_rollback_configuration block.
resource "aws_codedeploy_deployment_group" "canary" { # expect: AWS-CODEDEPLOY-001
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "canary"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }
}

# Rollback turned off.
resource "aws_codedeploy_deployment_group" "all_at_once" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "all-at-once"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaAllAtOnce"

  auto_rollback_configuration {
    enabled = false # expect: AWS-CODEDEPLOY-001
    events  = ["DEPLOYMENT_FAILURE"]
  }
}

# Rollback on, but not for failed deployments.
resource "aws_codedeploy_deployment_group" "linear" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "linear"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaLinear10PercentEvery1Minute"

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_STOP_ON_REQUEST"] # expect: AWS-CODEDEPLOY-001
  }
}
