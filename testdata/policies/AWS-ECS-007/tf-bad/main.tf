terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "debug" {
  family                   = "debug"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  pid_mode                 = "host" # expect: AWS-ECS-007
  memory                   = "256"
  container_definitions = jsonencode([
    { name = "debug", image = "public.ecr.aws/docker/library/busybox:1.37" },
  ])
}
