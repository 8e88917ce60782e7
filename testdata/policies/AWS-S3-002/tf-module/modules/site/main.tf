variable "domain" {
  type = string
}

variable "public" {
  description = "Serve the site straight from the bucket with a public bucket policy."
  type        = bool
  default     = false
}

resource "aws_s3_bucket" "site" {
  bucket = var.domain
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = !var.public # expect: AWS-S3-002
  ignore_public_acls      = true
  restrict_public_buckets = !var.public # expect: AWS-S3-002
}
