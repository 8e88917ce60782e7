terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "scan_on_push" {
  description = "Decided by the platform team per account."
  type        = bool
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "services" {
  for_each             = toset(["billing", "search"])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  dynamic "image_scanning_configuration" {
    for_each = [true]
    content {
      scan_on_push = image_scanning_configuration.value
    }
  }
}

# Unknown: a variable without a default.
resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = var.scan_on_push
  }
}

variable "create_mirror" {
  type = bool
}

# A count that cannot be known, on a repository that scans.
resource "aws_ecr_repository" "mirror" {
  count                = var.create_mirror ? 1 : 0
  name                 = "mirror"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}
