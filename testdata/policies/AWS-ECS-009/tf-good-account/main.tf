terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# The account's default turns Container Insights on for clusters without the setting.
resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enabled"
}

resource "aws_ecs_cluster" "main" {
  name = "main"
}
