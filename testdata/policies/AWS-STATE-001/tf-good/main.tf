terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "skip_final_snapshot" {
  description = "Set by the pipeline: true only in ephemeral review environments."
  type        = bool
}

resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices"

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  lifecycle {
    prevent_destroy = true
  }
}

# A final snapshot is taken when the instance is destroyed.
resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  storage_encrypted           = true
  username                    = "billing"
  manage_master_user_password = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "billing-final"
  deletion_protection         = true
}

# skip_final_snapshot is false by default.
resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = true
  final_snapshot_identifier   = "ledger-final"
}

# A cluster's instance holds no data of its own.
resource "aws_rds_cluster_instance" "ledger" {
  identifier         = "ledger-1"
  cluster_identifier = aws_rds_cluster.ledger.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.ledger.engine
}

# Unknown: a variable without a default decides.
resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "reporting"
  manage_master_user_password = true
  skip_final_snapshot         = var.skip_final_snapshot
}
