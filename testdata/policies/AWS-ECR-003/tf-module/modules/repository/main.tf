variable "name" {
  type = string
}

variable "expire_images" {
  description = "Expire all but the last 30 images."
  type        = bool
  default     = true
}

resource "aws_ecr_repository" "this" { # expect: AWS-ECR-003
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  count      = var.expire_images ? 1 : 0
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last 30 images"
      selection = {
        tagStatus   = "any"
        countType   = "imageCountMoreThan"
        countNumber = 30
      }
      action = { type = "expire" }
    }]
  })
}
