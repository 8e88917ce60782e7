terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "public_ip" {
  description = "Whether tasks get a public address."
  type        = bool
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "main"
  task_definition = "api:7"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-0a1b2c3d4e5f60001"]
  }
}

# Unknown: a variable without a default.
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = "main"
  task_definition = "worker:3"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60001"]
    assign_public_ip = var.public_ip
  }
}
