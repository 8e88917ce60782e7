variable "name" {
  type = string
}

variable "image" {
  type = string
}

variable "privileged" {
  type    = bool
  default = false
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name       = var.name
      image      = var.image
      essential  = true
      privileged = var.privileged # expect: AWS-ECS-001
    },
  ])
}
