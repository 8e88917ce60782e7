terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "retention_days" {
  description = "Retention required by the data classification of the workload."
  type        = number
}

locals {
  retention = {
    production = 365
    staging    = 30
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/app/api"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "per_environment" {
  for_each          = local.retention
  name              = "/app/${each.key}"
  retention_in_days = each.value
}

# Unknown: a variable without a default.
resource "aws_cloudwatch_log_group" "audit" {
  name              = "/app/audit"
  retention_in_days = var.retention_days
}
