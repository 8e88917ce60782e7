variable "name" {
  type = string
}

variable "retention_days" {
  description = "Days to keep the service's logs; null keeps them forever."
  type        = number
  default     = null
}

resource "aws_cloudwatch_log_group" "this" { # expect: AWS-LOGS-001
  name              = "/ecs/${var.name}"
  retention_in_days = var.retention_days
}
