terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No image_scanning_configuration block.
resource "aws_ecr_repository" "api" { # expect: AWS-ECR-001
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = false # expect: AWS-ECR-001
  }
}

# One repository per service, none scanned.
resource "aws_ecr_repository" "services" { # expect: AWS-ECR-001, AWS-ECR-001
  for_each             = toset(["billing", "search"])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"
}

variable "create_legacy" {
  type = bool
}

# A count that cannot be known: the repository may exist, and if it does
# it does not scan.
resource "aws_ecr_repository" "legacy" { # expect: AWS-ECR-001
  count                = var.create_legacy ? 1 : 0
  name                 = "legacy"
  image_tag_mutability = "IMMUTABLE"
}
