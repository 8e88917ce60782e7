terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
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
      transit_encryption = "DISABLED" # expect: AWS-ECS-008
    }
  }

  container_definitions = jsonencode([
    { name = "app", image = "public.ecr.aws/docker/library/busybox:1.37" },
  ])
}
