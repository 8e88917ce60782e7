variable "name" {
  type = string
}

variable "log_group" {
  description = "CloudWatch log group of the container; null sends logs nowhere."
  type        = string
  default     = null
}

locals {
  log_configuration = var.log_group == null ? null : {
    logDriver = "awslogs"
    options = {
      awslogs-group         = var.log_group
      awslogs-region        = "eu-west-1"
      awslogs-stream-prefix = var.name
    }
  }
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name             = var.name
      image            = "acme/${var.name}:latest"
      essential        = true
      logConfiguration = local.log_configuration # expect: AWS-ECS-002
    },
  ])
}
