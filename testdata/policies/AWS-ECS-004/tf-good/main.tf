terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "read_only" {
  description = "Whether the worker's root filesystem is read-only."
  type        = bool
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  volume {
    name = "tmp"
  }
  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "public.ecr.aws/docker/library/nginx:1.27"
      readonlyRootFilesystem = true
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
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
      name                   = "worker"
      image                  = "public.ecr.aws/docker/library/python:3.13"
      readonlyRootFilesystem = var.read_only
    },
  ])
}
