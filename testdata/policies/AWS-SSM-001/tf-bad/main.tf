terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_ssm_parameter" "db_password" {
  name  = "/app/db/password"
  type  = "String" # expect: AWS-SSM-001
  value = "Tr0ub4dor-3x"
}
