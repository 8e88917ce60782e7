variable "deploy_role_arn" {
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
  deployment_config_name = "CodeDeployDefault.ECSAllAtOnce" # expect: AWS-CODEDEPLOY-004

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }
}
