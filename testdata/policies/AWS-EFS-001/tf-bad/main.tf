terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_efs_file_system" "shared" { # expect: AWS-EFS-001
  creation_token   = "shared"
  performance_mode = "generalPurpose"
}

resource "aws_efs_file_system" "shared_copy" {
  creation_token   = "shared_copy"
  performance_mode = "generalPurpose"
  encrypted = false # expect: AWS-EFS-001
}
