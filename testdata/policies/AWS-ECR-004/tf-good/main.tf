terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "key_arn" {
  description = "KMS key of the build repositories."
  type        = string
}

resource "aws_kms_key" "images" {
  enable_key_rotation = true
}

resource "aws_ecr_repository" "app" {
  name = "app"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.images.arn
  }
}

# Unknown: a variable without a default.
resource "aws_ecr_repository" "builds" {
  name = "builds"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.key_arn
  }
}
