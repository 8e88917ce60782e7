terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "pid_mode" {
  description = "Process namespace of the agent."
  type        = string
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  pid_mode                 = "task"
  memory                   = "256"
  container_definitions = jsonencode([
    { name = "app", image = "public.ecr.aws/docker/library/busybox:1.37" },
  ])
}

# Unknown: a variable without a default.
resource "aws_ecs_task_definition" "agent" {
  family                   = "agent"
  requires_compatibilities = ["EC2"]
  pid_mode                 = var.pid_mode
  memory                   = "256"
  container_definitions = jsonencode([
    { name = "agent", image = "public.ecr.aws/docker/library/busybox:1.37" },
  ])
}
