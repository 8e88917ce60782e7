variable "name" {
  type = string
}

variable "immutable_tags" {
  type    = bool
  default = true
}

resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = var.immutable_tags ? "IMMUTABLE" : "MUTABLE" # expect: AWS-ECR-002

  image_scanning_configuration {
    scan_on_push = true
  }
}
