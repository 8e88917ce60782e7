terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "copy_key" {
  description = "Set per environment."
  type        = string
}

resource "aws_kms_key" "cluster" {
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted = true
  kms_key_id = aws_kms_key.cluster.arn
}

# Unknown: a variable without a default.
resource "aws_docdb_cluster" "catalog_copy" {
  cluster_identifier          = "catalog-copy"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted = true
  kms_key_id = var.copy_key
}
