variable "deploy_role_arn" {
  type = string
}

resource "aws_codedeploy_app" "api" {
  name             = "api"
  compute_platform = "Lambda"
}

# No alarm_configuration block.
resource "aws_codedeploy_deployment_group" "canary" { # expect: AWS-CODEDEPLOY-002
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
    events  = ["DEPLOYMENT_FAILURE"]
  }
}

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
    enabled = false # expect: AWS-CODEDEPLOY-002
    alarms  = ["api-errors"]
  }
}
