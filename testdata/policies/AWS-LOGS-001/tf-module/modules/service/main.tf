variable "name" {
  type = string
}

variable "retention_days" {
  description = "Days to keep the service's logs; null keeps them forever."
  type        = number
  default     = null
}

# A module of the module: the log group is two calls away from the root.
module "logs" {
  source         = "../log_group"
  name           = "/ecs/${var.name}"
  retention_days = var.retention_days
}

resource "aws_ecs_service" "this" {
  name            = var.name
  cluster         = "main"
  task_definition = var.name
}
