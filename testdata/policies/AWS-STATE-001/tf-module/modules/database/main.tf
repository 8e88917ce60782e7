variable "name" {
  type = string
}

variable "environment" {
  type = string
}

locals {
  production = var.environment == "production"
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  instance_class              = local.production ? "db.r6g.large" : "db.t4g.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "app"
  manage_master_user_password = true
  deletion_protection         = local.production
  skip_final_snapshot         = !local.production # expect: AWS-STATE-001
  final_snapshot_identifier   = local.production ? "${var.name}-final" : null
}
