terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "setting" {
  description = "Set per environment."
  type        = bool
}

resource "aws_efs_file_system" "shared" {
  creation_token   = "shared"
  performance_mode = "generalPurpose"
  encrypted = true
}

# Unknown: a variable without a default.
resource "aws_efs_file_system" "shared_tuned" {
  creation_token   = "shared_tuned"
  performance_mode = "generalPurpose"
  encrypted = var.setting
}
