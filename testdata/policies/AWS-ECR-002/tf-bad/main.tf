terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# image_tag_mutability defaults to MUTABLE.
resource "aws_ecr_repository" "api" { # expect: AWS-ECR-002
  name = "api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "MUTABLE" # expect: AWS-ECR-002

  image_scanning_configuration {
    scan_on_push = true
  }
}

# Mutable except for a few tags is still mutable.
resource "aws_ecr_repository" "web" {
  name                 = "web"
  image_tag_mutability = "MUTABLE_WITH_EXCLUSION" # expect: AWS-ECR-002

  image_tag_mutability_exclusion_filter {
    filter      = "release-*"
    filter_type = "WILDCARD"
  }
}
