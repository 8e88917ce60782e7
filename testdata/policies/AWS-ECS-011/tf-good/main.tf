terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "platform_version" {
  description = "Fargate platform version."
  type        = string
}

resource "aws_ecs_service" "api" {
  name             = "api"
  cluster          = "main"
  task_definition  = "api:7"
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}

# Unknown: a variable without a default.
resource "aws_ecs_service" "worker" {
  name             = "worker"
  cluster          = "main"
  task_definition  = "worker:3"
  platform_version = var.platform_version

  capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}
