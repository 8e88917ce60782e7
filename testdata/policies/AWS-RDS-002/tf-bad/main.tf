terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true # expect: AWS-RDS-002
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A cluster's instance.
resource "aws_rds_cluster_instance" "ledger" {
  count               = 2
  identifier          = "ledger-${count.index}"
  cluster_identifier  = aws_rds_cluster.ledger.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.ledger.engine
  publicly_accessible = true # expect: AWS-RDS-002, AWS-RDS-002
}

# The value comes from terraform.tfvars: the finding sits on the argument.
variable "reporting_public" {
  type    = bool
  default = false
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.reporting_public # expect: AWS-RDS-002
}
