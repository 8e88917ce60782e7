terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "encrypted" {
  description = "Set by the pipeline per environment."
  type        = bool
}

resource "aws_kms_key" "db" {
  description         = "Database storage"
  enable_key_rotation = true
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.db.arn
}

# A read replica is encrypted as its source is.
resource "aws_db_instance" "billing_replica" {
  identifier          = "billing-replica"
  replicate_source_db = aws_db_instance.billing.identifier
  instance_class      = "db.t4g.medium"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Aurora Serverless v1 storage is always encrypted.
resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "reports"
  manage_master_user_password = true

  scaling_configuration {
    min_capacity = 1
    max_capacity = 4
  }
}

# A cluster's instance is encrypted as its cluster is.
resource "aws_rds_cluster_instance" "ledger" {
  identifier         = "ledger-1"
  cluster_identifier = aws_rds_cluster.ledger.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.ledger.engine
}

# Unknown: a variable without a default.
resource "aws_db_instance" "scratch" {
  identifier                  = "scratch"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "scratch"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}
