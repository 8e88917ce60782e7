variable "domain" {
  type = string
}

variable "acl" {
  description = "Canned ACL of the site bucket."
  type        = string
  default     = "private"
}

resource "aws_s3_bucket" "site" {
  bucket = var.domain
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = var.acl # expect: AWS-S3-005
}
