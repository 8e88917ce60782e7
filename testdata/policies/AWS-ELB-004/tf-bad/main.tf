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

resource "aws_lb" "app" { # expect: AWS-ELB-004
  name    = "app"
  subnets = var.subnet_ids
}

resource "aws_lb" "admin" {
  name                       = "admin"
  load_balancer_type         = "application"
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = false # expect: AWS-ELB-004
}
