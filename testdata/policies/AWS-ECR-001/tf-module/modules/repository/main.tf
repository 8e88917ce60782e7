variable "name" {
  type = string
}

variable "scan_on_push" {
  type    = bool
  default = true
}

resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = var.scan_on_push # expect: AWS-ECR-001
  }
}

output "repository_url" {
  value = aws_ecr_repository.this.repository_url
}
