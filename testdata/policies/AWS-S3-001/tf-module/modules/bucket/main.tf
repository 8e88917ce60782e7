variable "name" {
  type = string
}

variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "this" { # expect: AWS-S3-001
  bucket = var.name
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = var.encrypted ? 1 : 0
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default { # expect: AWS-S3-001
      sse_algorithm = "aws:kms"
    }
  }
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
