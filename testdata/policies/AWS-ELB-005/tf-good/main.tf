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

variable "protect" {
  type = bool
}

resource "aws_lb" "app" {
  name                       = "app"
  subnets                    = var.subnet_ids
  enable_deletion_protection = true
}

# Unknown: a variable without a default.
resource "aws_lb" "chosen" {
  name                       = "chosen"
  subnets                    = var.subnet_ids
  enable_deletion_protection = var.protect
}
