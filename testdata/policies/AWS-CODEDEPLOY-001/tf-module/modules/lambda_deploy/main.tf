variable "name" {
  type = string
}

variable "rollback" {
  description = "Roll back failed deployments."
  type        = bool
  default     = true
}

resource "aws_codedeploy_app" "this" {
  name             = var.name
  compute_platform = "Lambda"
}

resource "aws_codedeploy_deployment_group" "this" {
  app_name               = aws_codedeploy_app.this.name
  deployment_group_name  = var.name
  service_role_arn       = "arn:aws:iam::111122223333:role/codedeploy"
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  auto_rollback_configuration {
    enabled = var.rollback # expect: AWS-CODEDEPLOY-001
    events  = ["DEPLOYMENT_FAILURE"]
  }
}
