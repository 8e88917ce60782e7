terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "insights" {
  description = "Container Insights mode per environment."
  type        = string
}

resource "aws_ecs_cluster" "main" {
  name = "main"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

# Unknown: a variable without a default.
resource "aws_ecs_cluster" "batch" {
  name = "batch"
  setting {
    name  = "containerInsights"
    value = var.insights
  }
}
