variable "name" {
  type = string
}

variable "health_check_path" {
  description = "HTTP path probed by the container health check; null for none."
  type        = string
  default     = null
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name      = var.name
      image     = "acme/${var.name}:latest"
      essential = true
      healthCheck = var.health_check_path == null ? null : { # expect: AWS-ECS-003
        command = ["CMD-SHELL", "curl -fsS http://localhost:8080${var.health_check_path} || exit 1"]
      }
    },
  ])
}
