terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "insights_key" {
  description = "Set per environment."
  type        = string
}

resource "aws_kms_key" "db" {
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.db.arn
}

# Unknown: a variable without a default.
resource "aws_db_instance" "tuned" {
  identifier                  = "tuned"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.insights_key
}
