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
    {
      name  = "api"
      image = "public.ecr.aws/docker/library/nginx:1.27"
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "STRIPE_KEY", value = "sk_live_0fake0key0for0shipgate0tests" }, # expect: AWS-ECS-006
      ]
    },
  ])
}
