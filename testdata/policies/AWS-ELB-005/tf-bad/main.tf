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

resource "aws_lb" "app" { # expect: AWS-ELB-005
  name    = "app"
  subnets = var.subnet_ids
}

resource "aws_lb" "network" {
  name                       = "network"
  load_balancer_type         = "network"
  subnets                    = var.subnet_ids
  enable_deletion_protection = false # expect: AWS-ELB-005
}
