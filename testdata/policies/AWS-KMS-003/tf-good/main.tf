terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "deletion_window" {
  type = number
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_kms_key" "logs" {
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

# Unknown: a variable without a default.
resource "aws_kms_key" "cache" {
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window
}
