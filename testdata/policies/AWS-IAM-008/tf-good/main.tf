terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "key_status" {
  type = string
}

resource "aws_iam_access_key" "retired" {
  user   = "legacy-ci"
  status = "Inactive"
}

# Unknown: the status is a variable without a default.
resource "aws_iam_access_key" "break_glass" {
  user   = "break-glass"
  status = var.key_status
}
