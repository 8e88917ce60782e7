terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ebs_volume" "data" { # expect: AWS-EC2-009
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_volume" "logs" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = false # expect: AWS-EC2-009
}
