terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 30
}

# container_definitions with jsonencode(): the finding sits on the key.
resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name       = "api"
      image      = "public.ecr.aws/docker/library/nginx:1.27"
      essential  = true
      privileged = true # expect: AWS-ECS-001
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api.name
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "api"
        }
      }
      healthCheck = {
        command = ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]
      }
    },
  ])
}

# container_definitions as heredoc JSON: the finding sits on the argument.
resource "aws_ecs_task_definition" "agent" {
  family                   = "agent"
  requires_compatibilities = ["EC2"]
  network_mode             = "host"
  # expect-next-line: AWS-ECS-001
  container_definitions = <<-JSON
    [
      {
        "name": "agent",
        "image": "public.ecr.aws/datadog/agent:7",
        "memory": 256,
        "privileged": true,
        "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/agent"}},
        "healthCheck": {"command": ["CMD-SHELL", "agent health"]}
      }
    ]
  JSON
}
