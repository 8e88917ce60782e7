variable "name" {
  type = string
}

variable "retention_days" {
  type = number
}

resource "aws_cloudwatch_log_group" "this" { # expect: AWS-LOGS-001
  name              = var.name
  retention_in_days = var.retention_days
}

output "name" {
  value = aws_cloudwatch_log_group.this.name
}
