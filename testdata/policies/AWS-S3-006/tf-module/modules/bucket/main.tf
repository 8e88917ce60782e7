variable "name" {
  type = string
}

variable "declare" {
  description = "Declare the public access block (its settings are S3's defaults either way)."
  type        = bool
  default     = false
}

resource "aws_s3_bucket" "this" { # expect: AWS-S3-006
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  count                   = var.declare ? 1 : 0
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
