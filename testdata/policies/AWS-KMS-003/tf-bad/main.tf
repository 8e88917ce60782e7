terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_kms_key" "data" {
  enable_key_rotation     = true
  deletion_window_in_days = 7 # expect: AWS-KMS-003
}
