terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_iam_user" "deployer" {
  name = "deployer"
}

resource "aws_iam_access_key" "deployer" { # expect: AWS-IAM-009
  user = aws_iam_user.deployer.name
}

resource "aws_iam_access_key" "deployer_rotated" {
  user   = aws_iam_user.deployer.name
  status = "Active" # expect: AWS-IAM-009
}
