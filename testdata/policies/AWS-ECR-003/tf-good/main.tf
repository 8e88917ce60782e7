terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "lifecycle_policy_json" {
  description = "Shared lifecycle policy, rendered by the platform module."
  type        = string
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

# Joined by the repository's name.
resource "aws_ecr_lifecycle_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Expire untagged images after 14 days"
      selection = {
        tagStatus   = "untagged"
        countType   = "sinceImagePushed"
        countUnit   = "days"
        countNumber = 14
      }
      action = { type = "expire" }
    }]
  })
}

# Joined by the literal name, policy as heredoc JSON.
resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "worker" {
  repository = "worker"
  policy     = <<-EOT
    {
      "rules": [
        {
          "rulePriority": 1,
          "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 50},
          "action": {"type": "expire"}
        }
      ]
    }
  EOT
}

# Unknown: the policy is a variable without a default.
resource "aws_ecr_repository" "web" {
  name                 = "web"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "web" {
  repository = aws_ecr_repository.web.name
  policy     = var.lifecycle_policy_json
}
