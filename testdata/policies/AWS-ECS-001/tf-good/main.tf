terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "sidecar_privileged" {
  description = "Whether the sidecar needs privileged mode on this host type."
  type        = bool
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "public.ecr.aws/docker/library/nginx:1.27"
      essential              = true
      privileged             = false
      readonlyRootFilesystem = true
      linuxParameters = {
        capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }
      }
    },
  ])
}

# Unknown: a variable without a default.
resource "aws_ecs_task_definition" "sidecar" {
  family                   = "sidecar"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "256"
  container_definitions = jsonencode([
    {
      name       = "sidecar"
      image      = "public.ecr.aws/aws-observability/aws-otel-collector:latest"
      privileged = var.sidecar_privileged
    },
  ])
}
