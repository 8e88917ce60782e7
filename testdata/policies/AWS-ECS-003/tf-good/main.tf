terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "health_check" {
  description = "Health check of the worker, owned by the service team."
  type        = any
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "public.ecr.aws/docker/library/nginx:1.27"
      essential = true
      healthCheck = {
        command     = ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]
        interval    = 30
        retries     = 3
        startPeriod = 60
      }
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
      name        = "worker"
      image       = "acme/worker:2.0"
      healthCheck = var.health_check
    },
  ])
}
