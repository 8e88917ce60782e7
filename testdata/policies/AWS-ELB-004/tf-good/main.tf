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

variable "drop_headers" {
  type = bool
}

resource "aws_lb" "app" {
  name                       = "app"
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = true
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = var.subnet_ids
}

# Unknown: a variable without a default.
resource "aws_lb" "chosen" {
  name                       = "chosen"
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = var.drop_headers
}
