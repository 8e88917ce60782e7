terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    { # expect: AWS-ECS-002
      name      = "api"
      image     = "public.ecr.aws/docker/library/nginx:1.27"
      essential = true
      healthCheck = {
        command = ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]
      }
    },
  ])
}

# Containers built with a for expression: the finding sits on the argument.
locals {
  workers = ["resize", "thumbnail"]
}

resource "aws_ecs_task_definition" "workers" {
  family                   = "workers"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions = jsonencode([for w in local.workers : { # expect: AWS-ECS-002, AWS-ECS-002
    name  = w
    image = "acme/${w}:1.4"
  }])
}
