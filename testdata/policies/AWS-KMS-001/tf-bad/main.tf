terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_kms_key" "data" { # expect: AWS-KMS-001
  description = "Encrypts application data"
}

resource "aws_kms_key" "logs" {
  description         = "Encrypts logs"
  enable_key_rotation = false # expect: AWS-KMS-001
}
