variable "source_key_arn" {
  type = string
}

resource "aws_kms_key" "source" {
  enable_key_rotation = true
}

resource "aws_codecommit_repository" "api" {
  repository_name = "api"
  kms_key_id      = aws_kms_key.source.arn
}

# Unknown: a variable without a default.
resource "aws_codecommit_repository" "docs" {
  repository_name = "docs"
  kms_key_id      = var.source_key_arn
}
