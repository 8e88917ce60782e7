terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "subnet_ids" {
  type = list(string)
}

variable "logs_enabled" {
  type = bool
}

resource "aws_lb" "app" {
  name    = "app"
  subnets = var.subnet_ids

  access_logs {
    bucket  = "example-lb-logs"
    enabled = true
  }
}

# Unknown: a variable without a default.
resource "aws_lb" "chosen" {
  name               = "chosen"
  load_balancer_type = "network"
  subnets            = var.subnet_ids

  access_logs {
    bucket  = "example-lb-logs"
    enabled = var.logs_enabled
  }
}
