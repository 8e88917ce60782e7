terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "main"
  task_definition = "api:7"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60001"]
    assign_public_ip = true # expect: AWS-ECS-012
  }
}
