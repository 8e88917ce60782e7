terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_service" "api" {
  name             = "api"
  cluster          = "main"
  task_definition  = "api:7"
  launch_type      = "FARGATE"
  platform_version = "1.3.0" # expect: AWS-ECS-011
}
