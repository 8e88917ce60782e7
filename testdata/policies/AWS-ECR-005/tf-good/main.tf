terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "puller" {
  description = "Principal that pulls the shared images."
  type        = string
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountPull"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      },
    ]
  })
}

resource "aws_ecr_repository" "shared" {
  name = "shared"
}

# Unknown: a variable without a default.
resource "aws_ecr_repository_policy" "shared" {
  repository = aws_ecr_repository.shared.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Pull"
        Effect    = "Allow"
        Principal = { AWS = var.puller }
        Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      },
    ]
  })
}
