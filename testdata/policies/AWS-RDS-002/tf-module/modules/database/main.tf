variable "name" {
  type = string
}

variable "tier" {
  description = "Subnet tier: private or public."
  type        = string
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = "${var.tier}-subnets"
  publicly_accessible         = var.tier == "public" # expect: AWS-RDS-002
}
