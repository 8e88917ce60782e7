# Shop infrastructure: lines inserted above every finding after the
# baseline was written.

variable "environment" {
  type = string
}

variable "retention_days" {
  type    = number
  default = 30
}

locals {
  prefix = "shop-${var.environment}"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "${local.prefix}-artifacts"
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration {
    status = var.environment == "prod" ? "Enabled" : "Suspended"
  }
}

resource "aws_security_group" "web" {
  name = "${local.prefix}-web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}

module "logs" {
  source         = "./modules/logs"
  name           = "${local.prefix}-app"
  retention_days = var.retention_days
}

resource "aws_security_group" "admin" {
  name = "${local.prefix}-admin"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
