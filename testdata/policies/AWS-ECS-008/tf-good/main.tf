terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "transit_encryption" {
  description = "ENABLED or DISABLED."
  type        = string
}

resource "aws_efs_file_system" "data" {
  encrypted = true
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.data.id
      transit_encryption = "ENABLED"
      authorization_config {
        iam = "ENABLED"
      }
    }
  }

  # Unknown: a variable without a default.
  volume {
    name = "configured"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.data.id
      transit_encryption = var.transit_encryption
    }
  }

  volume {
    name = "scratch"
  }

  container_definitions = jsonencode([
    { name = "app", image = "public.ecr.aws/docker/library/busybox:1.37" },
  ])
}
