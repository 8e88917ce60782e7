variable "deploy_role_arn" {
  type = string
}

variable "production_config" {
  type = string
}

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "ECS"
}

resource "aws_codedeploy_deployment_group" "production" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "api-production"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.ECSCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }
}

resource "aws_codedeploy_deployment_group" "staging" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "api-staging"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = "CodeDeployDefault.ECSAllAtOnce"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }
}

# Unknown: a variable without a default.
resource "aws_codedeploy_deployment_group" "worker_production" {
  app_name               = aws_codedeploy_app.api.name
  deployment_group_name  = "worker-production"
  service_role_arn       = var.deploy_role_arn
  deployment_config_name = var.production_config

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }
}
