terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# force_destroy lets terraform destroy delete the bucket with its objects.
resource "aws_s3_bucket" "invoices" {
  bucket        = "acme-invoices"
  force_destroy = true # expect: AWS-STATE-001
}

# prevent_destroy written, but false.
resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  lifecycle {
    prevent_destroy = false # expect: AWS-STATE-001
  }
}

# No final snapshot when the instance is destroyed.
resource "aws_db_instance" "billing" {
  identifier          = "billing"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  storage_encrypted   = true
  username            = "billing"
  password            = "change-me-in-secrets-manager"
  skip_final_snapshot = true # expect: AWS-STATE-001
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true # expect: AWS-STATE-001
}
