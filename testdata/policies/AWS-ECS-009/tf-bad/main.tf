terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_cluster" "main" { # expect: AWS-ECS-009
  name = "main"
}

resource "aws_ecs_cluster" "batch" {
  name = "batch"
  setting {
    name  = "containerInsights"
    value = "disabled" # expect: AWS-ECS-009
  }
}
