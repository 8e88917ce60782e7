terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "rollback" {
  description = "Whether failed deployments roll back."
  type        = bool
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "main"
  task_definition = "api:7"
  desired_count   = 2

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
}

# Unknown: a variable without a default.
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = "main"
  task_definition = "worker:3"

  deployment_circuit_breaker {
    enable   = true
    rollback = var.rollback
  }
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "main"
  task_definition = "web:12"

  deployment_controller {
    type = "CODE_DEPLOY"
  }
}
