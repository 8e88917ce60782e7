terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "run_as" {
  description = "User the worker runs as."
  type        = string
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "public.ecr.aws/docker/library/nginx:1.27"
      user  = "1000:1000"
    },
  ])
}

# Unknown: a variable without a default.
resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name  = "worker"
      image = "public.ecr.aws/docker/library/python:3.13"
      user  = var.run_as
    },
  ])
}
