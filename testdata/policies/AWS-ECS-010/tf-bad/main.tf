terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_service" "api" { # expect: AWS-ECS-010
  name            = "api"
  cluster         = "main"
  task_definition = "api:7"
  desired_count   = 2
  launch_type     = "FARGATE"
}
