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

resource "aws_lb" "app" { # expect: AWS-ELB-003
  name    = "app"
  subnets = var.subnet_ids
}

# A bucket alone does not turn logging on.
resource "aws_alb" "legacy" {
  name    = "legacy"
  subnets = var.subnet_ids

  access_logs { # expect: AWS-ELB-003
    bucket = "example-lb-logs"
  }
}
