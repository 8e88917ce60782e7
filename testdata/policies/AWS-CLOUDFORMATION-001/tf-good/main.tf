# The Terraform equivalent of a parameter without NoEcho, a variable without
# sensitive = true, is not part of the scanned view: AWS-CLOUDFORMATION-001
# is a CloudFormation rule and reports nothing here.
variable "db_password" {
  type = string
}

resource "aws_db_instance" "database" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
  username          = "app"
  password          = var.db_password
}
