terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "old_key_status" {
  type = string
}

resource "aws_iam_user" "deployer" {
  name = "deployer"
}

resource "aws_iam_access_key" "deployer" {
  user   = aws_iam_user.deployer.name
  status = "Inactive"
}

resource "aws_iam_access_key" "deployer_rotated" {
  user = aws_iam_user.deployer.name
}

# Unknown: the old key's status is a variable without a default.
resource "aws_iam_user" "builder" {
  name = "builder"
}

resource "aws_iam_access_key" "builder" {
  user   = aws_iam_user.builder.name
  status = var.old_key_status
}

resource "aws_iam_access_key" "builder_rotated" {
  user = aws_iam_user.builder.name
}
