variable "name" {
  type = string
}

variable "encrypted" {
  type = bool
}

resource "aws_rds_cluster" "this" {
  cluster_identifier          = var.name
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted # expect: AWS-RDS-001
}
