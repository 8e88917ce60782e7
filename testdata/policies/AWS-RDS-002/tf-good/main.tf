terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "public" {
  description = "Set by the pipeline per environment."
  type        = bool
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = false
}

# publicly_accessible defaults to false.
resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Unknown: a variable without a default.
resource "aws_db_instance" "scratch" {
  identifier                  = "scratch"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "scratch"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.public
}
