terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "vpn" {
  family                   = "vpn"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "256"
  container_definitions = jsonencode([
    {
      name  = "vpn"
      image = "public.ecr.aws/docker/library/alpine:3.20"
      linuxParameters = {
        capabilities = {
          add = ["ALL"] # expect: AWS-ECS-013
        }
      }
    },
  ])
}
